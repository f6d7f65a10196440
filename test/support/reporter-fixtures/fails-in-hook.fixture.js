afterAll(() => {
  throw new Error('teardown failed');
});

it('passes', () => {});
