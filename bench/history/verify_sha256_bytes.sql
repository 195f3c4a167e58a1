-- The hashing limit: SHA-256 of the exact bytes every link hashes (prev_hash || canonical row), read from a table.
SELECT sum(get_byte(sha256(b), 0)) FROM bench_history.chain_bytes;
