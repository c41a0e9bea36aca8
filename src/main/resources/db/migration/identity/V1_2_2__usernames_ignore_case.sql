-- "Admin" and "admin" are the same person: usernames are unique whatever their case.
create unique index account_username_lower_idx on account (lower(username));
