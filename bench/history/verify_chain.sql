-- ims.verify_chain over the whole chain.
SELECT is_valid, links_checked FROM ims.verify_chain((SELECT org_id FROM ims.organization WHERE code = 'bench-history-chain'));
