package org.civicgrid.services.internal.requests;

import java.util.Optional;

import org.civicgrid.services.internal.halls.Booking;
import org.civicgrid.services.internal.halls.BookingService;
import org.civicgrid.services.internal.halls.BookingState;
import org.civicgrid.services.internal.halls.Hall;
import org.civicgrid.services.internal.halls.HallReading;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From an appointment to a request (办件): the counter that checked a resident in records their request in one
 * step, the booking's resident, item, hall and counter filled in, and the booking remembers it. The staff member
 * who does so is its first-question owner, as with any request recorded at a counter.
 */
@Service
public class BookingIntake {

	private final BookingService bookings;
	private final HallReading halls;
	private final RequestService requests;
	private final JdbcClient jdbc;

	BookingIntake(BookingService bookings, HallReading halls, RequestService requests, JdbcClient jdbc) {
		this.bookings = bookings;
		this.halls = halls;
		this.requests = requests;
		this.jdbc = jdbc;
	}

	/** The request of a checked-in booking of a hall in the caller's scope; 409 naming the field otherwise. */
	@Transactional
	public ServiceRequest record(Caller caller, long bookingId) {
		Booking booking = bookings.forStaff(caller, bookingId);
		if (booking.state() != BookingState.CHECKED_IN) {
			throw ConflictException.on("state", "services.booking.request-not-checked-in", booking.state().words());
		}
		Optional<RequestOfBooking> existing = requestOf(bookingId);
		if (existing.isPresent()) {
			throw ConflictException.on("booking", "services.booking.request-exists", existing.get().number());
		}
		Hall hall = halls.hall(booking.hallCode()).hall();
		ServiceRequest request = requests.record(caller,
				new NewRequest(booking.itemCode(), booking.displayName(), null, booking.username(), null,
						RequestChannel.COUNTER, null, hall.regionCode(), hall.name(),
						booking.counterNo() + " " + booking.counterName(), null));
		int linked = jdbc.sql("""
				insert into service_booking_request (booking_id, request_id) values (:booking, :request)
				on conflict do nothing""").param("booking", bookingId).param("request", request.id()).update();
		if (linked == 0) {
			// another counter's click won meanwhile: this request rolls back with the refusal
			throw ConflictException.on("booking", "services.booking.request-exists",
					requestOf(bookingId).map(RequestOfBooking::number).orElse(""));
		}
		return request;
	}

	/** The request a booking led to, if any. */
	public Optional<RequestOfBooking> requestOf(long bookingId) {
		return jdbc.sql("""
				select r.id, r.number from service_booking_request l join service_request r on r.id = l.request_id
				where l.booking_id = :booking""").param("booking", bookingId)
			.query((rs, n) -> new RequestOfBooking(rs.getLong(1), rs.getString(2))).optional();
	}

	/** A request's id and number, as a booking links to it. */
	public record RequestOfBooking(long id, String number) {
	}
}
