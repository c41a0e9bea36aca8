package org.civicgrid.bench;

/** {@code --name value} pairs on a driver's command line, after its positional arguments. */
record Options(String[] args, int from) {

	String get(String name, String fallback) {
		for (int i = from; i < args.length - 1; i++) {
			if (args[i].equals("--" + name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	int integer(String name, int fallback) {
		return Integer.parseInt(get(name, String.valueOf(fallback)));
	}
}
