import ipaddr from 'ipaddr.js';

/**
 * Why an address must not be fetched (loopback, private, link-local, unique-local, CGNAT,
 * multicast, unspecified, reserved, or an IPv4-mapped/translated form of those), or undefined
 * when it is an ordinary public unicast address.
 */
export function forbiddenAddressReason(address: string): string | undefined {
  let parsed: ReturnType<typeof ipaddr.process>;
  try {
    // process() turns ::ffff:10.0.0.1 into 10.0.0.1, so mapped forms get the IPv4 verdict.
    parsed = ipaddr.process(address);
  } catch {
    return 'not an IP address';
  }
  const range = parsed.range();
  // Only plain unicast is allowed; NAT64, 6to4 and Teredo embed IPv4 addresses that could be private.
  return range === 'unicast' ? undefined : range;
}
