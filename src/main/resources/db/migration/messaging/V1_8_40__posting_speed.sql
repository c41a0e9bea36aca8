-- Every post counts its author's posts of the last minute (the flood limit): without an index that is a scan of
-- every post ever written, which the posting benchmark showed growing with the channels' history.
create index msg_post_author on msg_post (author_id, created_at) where author_id is not null;
