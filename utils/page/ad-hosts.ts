/**
 * Hosts that serve ad slots, ad auctions and tracking frames, which most of a news page's frames are.
 * No one reads an article there, so frames from them are not even given the frame gate: the browser
 * makes no script world for us in them. Match patterns, for the manifest's exclude_matches.
 */
const AD_HOSTS = [
  'doubleclick.net',
  'googlesyndication.com',
  'googleadservices.com',
  'googletagservices.com',
  'adservice.google.com',
  'adnxs.com',
  'amazon-adsystem.com',
  'criteo.com',
  'criteo.net',
  'rubiconproject.com',
  'pubmatic.com',
  'openx.net',
  'casalemedia.com',
  'adsrvr.org',
  'taboola.com',
  'outbrain.com',
  'moatads.com',
  'scorecardresearch.com',
  'quantserve.com',
  'smartadserver.com',
  'teads.tv',
  'yieldmo.com',
  '3lift.com',
  'sharethrough.com',
  'indexww.com',
  'bidswitch.net',
  'adform.net',
  'everesttech.net',
  'demdex.net',
  'bluekai.com',
];

/** `*://*.host/*` covers the host itself and every subdomain. */
export const AD_FRAME_PATTERNS = AD_HOSTS.map((host) => `*://*.${host}/*`);
