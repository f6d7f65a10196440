// Signed calls to the relay's own routes are accepted once: each signature is remembered for its window.
import type { Queryable } from './driver';

/**
 * Records a signed call's signature; false when it was already recorded (a replay). Signatures an hour
 * past their window go on the way: no clock within an hour of the relay's accepts their calls.
 */
export async function useSignature(db: Queryable, signature: string, expiresAtSeconds: number): Promise<boolean> {
  const rows = await db.query(
    `WITH forgotten AS (DELETE FROM relay_signatures WHERE expires_at < now() - interval '1 hour')
     INSERT INTO relay_signatures (signature, expires_at) VALUES ($1, to_timestamp($2::float8))
     ON CONFLICT (signature) DO NOTHING RETURNING 1 AS used`,
    [signature, expiresAtSeconds],
  );
  return rows.length === 1;
}
