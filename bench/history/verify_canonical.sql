-- Each link's hash recomputed through ims.canonical_row (one lookup per link), no chain checks.
SELECT sum(get_byte(sha256(s.prev_hash || convert_to(ims.canonical_row(s.source, s.org_id, s.source_id), 'UTF8')), 0))
FROM ims.chain_seal s WHERE s.org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history-chain');
