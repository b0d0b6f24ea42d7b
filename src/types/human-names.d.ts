/** The lists of given names human-names ships, by gender and language. */
declare module 'human-names' {
  const names: Record<`${'female' | 'male'}${'En' | 'It' | 'Fr' | 'De' | 'Es' | 'Nl'}`, readonly string[]>;
  export = names;
}
