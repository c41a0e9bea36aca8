package org.civicgrid.bench;

/**
 * Constants of the app's package-private classes, read from the app's own classes in the uber jar, so a bench's
 * copy of the app's SQL cannot drift from what the app runs.
 */
final class AppConstants {

	private AppConstants() {
	}

	static Object of(String className, String field) {
		try {
			var f = Class.forName(className).getDeclaredField(field);
			f.setAccessible(true);
			return f.get(null);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(className + "." + field + " is where this bench expects it", e);
		}
	}
}
