-- The key that signs Roster's JWTs: one per purpose, made by the first process that needs it, so
-- that every instance on one store signs and verifies alike. kid names it in each token's header.
create table signing_key (
    id ${id_pk},
    purpose text not null unique,
    kid text not null unique,
    jwk text not null,
    created_date bigint not null
);

-- What auth-tokens.* show. A token from before JWTs has no type, hint or expiry.
alter table api_token add column requested_token_type text;
alter table api_token add column token_hint text;
alter table api_token add column expires_date bigint;
-- A rev user's token: its subject. dev_user_id then names the dev user who issued it. No foreign key:
-- a deleted rev user's row goes, and the join that authenticates then finds nothing.
alter table api_token add column rev_user_id bigint;
create index api_token_rev_user_ix on api_token (rev_user_id);
