beforeAll(() => {
  throw new Error('set-up failed');
});

it('cannot pass', () => {});
