import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { StoryweaveError } from '../../core/errors.js';
import { forbiddenAddressReason } from './address-guard.js';

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a URL's host to the addresses the request may connect to (and no others). Without
 * allowPrivate, every address the name resolves to must be public: one private answer means the
 * name can point inside, so it is refused before any connection is made.
 */
export async function resolveHost(url: URL, allowPrivate: boolean, location: string): Promise<PinnedAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  let addresses: PinnedAddress[];
  if (literal) addresses = [{ address: host, family: literal as 4 | 6 }];
  else {
    try {
      const found = await lookup(host, { all: true, verbatim: true });
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch (error) {
      throw new StoryweaveError('SW_FETCH_FAILED', `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, location, { cause: error });
    }
  }
  if (addresses.length === 0) throw new StoryweaveError('SW_FETCH_FAILED', `no address for ${host}`, location);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) throw new StoryweaveError('SW_URL_FORBIDDEN', `${host} resolves to ${address} (${reason})`, location);
    }
  }
  return addresses;
}
