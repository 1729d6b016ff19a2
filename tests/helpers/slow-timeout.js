// Booting Strapi (and a browser) takes seconds, more on a busy machine.
jest.setTimeout(180000);
