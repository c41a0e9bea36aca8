package org.civicgrid.registry;

/**
 * A row that was imported, but not quite as the file said: its {@code row} number in the file, the {@code field}
 * (API name) and the {@code column} (the sheet's header) concerned, and the {@code message} in the reader's
 * language ({@code 与身份证号码中的出生日期不符，已按身份证号码导入}). Never the cell's value.
 */
public record ImportWarning(int row, String field, String column, String message) {
}
