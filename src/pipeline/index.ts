console.log('pipeline');
