-- The request (办件) a counter opened for a resident who came at their appointment: each booking leads to one
-- request at most (the primary key decides when two staff click at once), and the request remembers its booking.
create table service_booking_request (
    booking_id bigint primary key references service_booking (id),
    request_id bigint not null unique references service_request (id)
);
