from odoo.tests.common import SavepointCase


class TestRuleCompanies(SavepointCase):
    """Odoo's multi-company rules (``company_id child_of [user.company_id.id]``) resolved once
    per user and model: the same records, without a query on the companies at each use."""

    @classmethod
    def setUpClass(cls):
        super(TestRuleCompanies, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       no_reset_password=True))
        cls.main = cls.env.user.company_id
        cls.sibling = cls.env['res.company'].create({'name': 'Chambre voisine (test)',
                                                     'parent_id': False})
        cls.user = cls.env['res.users'].create({
            'name': 'Agent multi-société', 'login': 'agent_rule_companies',
            'company_id': cls.main.id, 'company_ids': [(6, 0, cls.main.ids)],
            'groups_id': [(6, 0, [cls.env.ref('base.group_user').id])]})
        # analytic accounts: one of the 38 models under Odoo's multi-company rule
        cls.Account = cls.env['account.analytic.account'].sudo(cls.user)

    def _account(self, name, company):
        return self.env['account.analytic.account'].create({'name': name,
                                                            'company_id': company.id})

    def _visible(self, accounts):
        return self.Account.search([('id', 'in', accounts.ids)])

    def test_company_leaves_resolved_in_the_cached_domain(self):
        Rule = self.env['ir.rule'].sudo(self.user)
        domain = Rule._compute_domain('account.analytic.account', 'read')
        leaves = {term[:2]: term[2] for term in domain if isinstance(term, tuple)}
        self.assertNotIn(('company_id', 'child_of'), leaves)
        self.assertEqual(set(leaves[('company_id', 'in')]),
                         set((self.main | self.main.child_ids).ids))
        # a leaf ending on a one2many keeps Odoo's own reading of child_of
        leaf = ('company_id.child_ids', 'child_of', self.main.ids)
        self.assertEqual(Rule._ccis_resolve_companies('res.partner', leaf), leaf)
        self.assertEqual(Rule._ccis_resolve_companies(
            'res.company', ('id', 'child_of', self.sibling.ids)), ('id', 'in', self.sibling.ids))

    def test_a_search_does_not_query_the_companies(self):
        self.Account.search([], limit=1)  # the rule's domain is now cached
        queries = []
        execute = self.env.cr.execute

        def counted(query, params=None, log_exceptions=None):
            queries.append(str(query))
            return execute(query, params)
        self.env.cr.execute = counted
        try:
            self.Account.search([('name', '=', 'nobody')])
        finally:
            del self.env.cr.execute
        self.assertTrue(queries)
        self.assertFalse([query for query in queries if 'FROM "res_company"' in query])

    def test_same_records_as_child_of(self):
        own = self._account('Compte de la chambre (test)', self.main)
        other = self._account('Compte de la voisine (test)', self.sibling)
        self.assertEqual(self._visible(own | other), own)

    def test_a_new_child_company_is_seen_at_once(self):
        self._visible(self.env['account.analytic.account'])  # the domain is now cached
        child = self.env['res.company'].create({'name': 'Délégation (test)',
                                                'parent_id': self.main.id})
        account = self._account('Compte de la délégation (test)', child)
        self.assertEqual(self._visible(account), account)
        # and a company moved away from the user's company is no longer seen
        child.parent_id = self.sibling
        self.assertFalse(self._visible(account))
