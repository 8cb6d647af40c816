import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** What a token says: the account, and the session it was issued for (claim `sid`). */
export interface TokenClaims {
  accountId: number;
  sessionId: number;
}

const positiveId = (value: unknown): number | null => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

export class TokenService {
  /** A key object made once: given raw bytes, jose would import them again for every token it checks. */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /** When a token issued now expires, to the second, as the token states it. */
  expiryFromNow(): Date {
    return new Date((Math.floor(Date.now() / 1000) + this.ttlSeconds) * 1000);
  }

  async sign(claims: TokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.accountId))
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /**
   * The claims of a valid, unexpired token that names its session; null for anything else (a
   * token without a session cannot be ended, so it is not accepted).
   */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const accountId = positiveId(payload.sub);
      const sessionId = positiveId(payload.sid);
      return accountId && sessionId ? { accountId, sessionId } : null;
    } catch {
      return null;
    }
  }
}
