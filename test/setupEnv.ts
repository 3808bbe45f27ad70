// n8n's logger otherwise prints every node error the tests provoke on purpose.
process.env.N8N_LOG_LEVEL = 'silent';
