// How an instrument's name is compared with a document's title: case, a leading determiner, quotation marks and spacing
// aside ("the Convention on Cybercrime" and "Convention on Cybercrime" are one name).

export function normaliseName(name: string): string {
  // "《中华人民共和国刑事诉讼法》" and "刑事诉讼法" name one law: the state's name is left out when citing ("中華民國刑法" and "刑法" too,
  // Taiwan's)
  if (/^[《<]?(?:中华人民共和国|中華民國)/.test(name)) name = name.replace(/^[《<]?(?:中华人民共和国|中華民國)/, '').replace(/[》>]$/, '');
  return name.toLowerCase().replace(/^(?:the|this|la|le|les|het|de|el|los|las|al|der|die|das|des|dem|den)\s+/u, '').replace(/[“”"'’«»„]/g, '').replace(/\s+/g, ' ').trim();
}
