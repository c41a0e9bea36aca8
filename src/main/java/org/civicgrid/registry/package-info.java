/**
 * Base data, 人地物事组织: people and their identity documents, households, houses and rooms, organisations
 * (unified social credit code), infrastructure parts (部件, GB/T 30428 component codes); their import and export;
 * and the personal-data vault that keeps ID numbers and phone numbers encrypted (SM4-GCM) with a keyed hash
 * for exact lookup. Its API so far: {@link org.civicgrid.registry.People} (register, change with history, read and
 * search people in the caller's scope with identifiers masked, reveal them for a reason under audit), and the
 * value types {@link org.civicgrid.registry.IdNumber}, {@link org.civicgrid.registry.IdentityDocument},
 * {@link org.civicgrid.registry.CreditCode}, {@link org.civicgrid.registry.ComponentCode} and
 * {@link org.civicgrid.registry.PhoneNumber}, each parsed from what people type and shown in one canonical form;
 * and {@link org.civicgrid.registry.ContactPhones}, one person's phone opened for a message the system sends them
 * (audited).
 */
@ApplicationModule(displayName = "Registry", allowedDependencies = { "identity", "region" })
package org.civicgrid.registry;

import org.springframework.modulith.ApplicationModule;
