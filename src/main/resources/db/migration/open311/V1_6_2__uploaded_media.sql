-- A media file posted with a request (multipart `media`) is stored as the case's photo; the request keeps the
-- blob's SHA-256 and its real type, so the request's media_url can serve it without a session.
alter table open311_request
    add column media_sha256 char(64),
    add column media_type   varchar(20);
