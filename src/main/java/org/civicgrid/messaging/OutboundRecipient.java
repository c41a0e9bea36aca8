package org.civicgrid.messaging;

/**
 * Who an outbound message is for. A person of the registry is reached by SMS at the phone the registry keeps sealed
 * for them, opened only when the message is sent; a member (an account that is also a person of the registry)
 * the same way, and the member's own preferences decide which kinds reach them by SMS. A WeCom group robot is
 * named as configured in {@code civicgrid.messaging.wecom.robots}: its key is a credential (whoever holds it posts
 * into the group), so deliveries and logs name the robot, never the key.
 */
public sealed interface OutboundRecipient {

	/** The key that makes a delivery unique with the message key and the channel. */
	String key();

	static OutboundRecipient person(long personId) {
		return new Person(personId, null);
	}

	static OutboundRecipient member(long accountId, long personId) {
		return new Person(personId, accountId);
	}

	static OutboundRecipient robot(String name) {
		return new Robot(name);
	}

	/** A person of the registry; {@code accountId} when the person is also a member with preferences. */
	record Person(long personId, Long accountId) implements OutboundRecipient {

		@Override
		public String key() {
			return "person:" + personId;
		}
	}

	/** A WeCom group robot by its configured name. */
	record Robot(String name) implements OutboundRecipient {

		@Override
		public String key() {
			return "robot:" + name;
		}
	}
}
