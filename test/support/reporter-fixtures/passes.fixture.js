it('passes', () => {});
