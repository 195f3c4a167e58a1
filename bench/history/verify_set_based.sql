-- The same hashes recomputed set-based: one join of the links with ims.history
-- and the canonical form written inline (history links only, which is every
-- link of this chain), plus the link order check; what a set-based
-- verify_chain could reach.
SELECT count(*) FILTER (WHERE s.hash <> sha256(s.prev_hash || convert_to(concat_ws('|', 'history', h.org_id, h.id, h.table_name,
                            h.operation, h.record_key::text, h.row_data::text, coalesce(h.changed_columns::text, ''), h.txid,
                            ims.canonical_instant(h.changed_at), h.db_role, h.actor), 'UTF8'))
                           OR s.prev_hash <> s.prev_link_hash),
       count(*)
FROM (SELECT c.*, lag(c.hash, 1, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea) OVER (ORDER BY c.seq) AS prev_link_hash
      FROM ims.chain_seal c WHERE c.org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history-chain')) s
JOIN ims.history h ON h.org_id = s.org_id AND h.id = s.source_id AND s.source = 'history';
