"""Workplace meetings and calls: stand-ups, retros, planning, sales, hiring, relocation, budgets, security reviews  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "a_standup_payments": {
        "turns": [
            (
                "lead",
                "Morning everyone, let's keep this to fifteen minutes. Backend, do you want to start?",
            ),
            (
                "backend",
                "Sure. Yesterday I finished the refund endpoint for the card processor. Today I'm writing the retry logic, because about 3% of refunds time out on the first attempt.",
            ),
            ("lead", "Three percent, that's higher than I expected."),
            (
                "backend",
                "Same. I think it's the processor's sandbox being slow, but I'll check the production logs too.",
            ),
            ("lead", "Okay. Any blockers?"),
            (
                "backend",
                "One. I still don't have access to the fraud dashboard, and I asked for it last Thursday.",
            ),
            ("lead", "I'll chase the platform team after this call. Frontend?"),
            (
                "frontend",
                "I shipped the new checkout button to 10% of users on Monday. Conversion is up slightly, but it's too early to say.",
            ),
            ("lead", "How many days of data do we need before we trust it?"),
            (
                "frontend",
                "Marta from analytics said at least two full weeks, so the 24th at the earliest.",
            ),
            ("lead", "Fine. QA, what's going on with the flaky tests?"),
            (
                "qa",
                "I quarantined eleven of them. Most fail because they depend on the system clock, which breaks around midnight.",
            ),
            ("frontend", "Is that the currency conversion suite?"),
            (
                "qa",
                "Mostly that one, yes. I'd like to rewrite those next sprint rather than patch them again.",
            ),
            ("lead", "Agreed, put it on the board. Anything else before we go?"),
            ("qa", "Just a reminder that the staging database gets wiped on Friday at 6 pm."),
            ("lead", "Good call. Thanks, everyone."),
        ],
    },
    "a_retro_mobile": {
        "turns": [
            (
                "facilitator",
                "Okay, this is the retro for sprint 14. Let's start with what went well. Who wants to go first?",
            ),
            (
                "designer",
                "I will. The design handoff was much smoother this time, because we used the shared component library for every screen.",
            ),
            ("dev", "Agreed, I barely had to ask about spacing or colours."),
            ("facilitator", "Great. What didn't go so well?"),
            (
                "dev",
                "The release. We submitted to the App Store on Tuesday and got rejected on Wednesday.",
            ),
            ("pm", "Why was it rejected again?"),
            (
                "dev",
                "Apple said our login screen didn't offer Sign in with Apple, even though we offer Google login. It's a rule we had forgotten about.",
            ),
            ("pm", "How long did that delay us?"),
            ("dev", "Four days in total, so the launch slipped from the 3rd to the 7th."),
            ("facilitator", "Ouch. What would have caught it earlier?"),
            (
                "pm",
                "Honestly, a checklist. I'd like us to keep a one page list of store review rules and go through it before every submission.",
            ),
            (
                "designer",
                "I'm not sure a checklist is enough. People skim them. I'd rather we do a pre-review call with someone who's been through a rejection.",
            ),
            ("pm", "Fair, but that takes an hour each time, and we release every two weeks."),
            ("facilitator", "Let's try the checklist for two sprints and revisit. Anything else?"),
            (
                "dev",
                "Crash rate. It went up to 1.8% after the release, mostly on older Android phones with 2 gigabytes of memory.",
            ),
            ("designer", "Is that the image carousel?"),
            ("dev", "Probably. It loads full resolution photos. I'll add thumbnails this sprint."),
            (
                "facilitator",
                "Good. Actions are the checklist, owned by the PM, and thumbnails, owned by dev. Thanks all.",
            ),
        ],
    },
    "a_planning_fitness_app": {
        "turns": [
            (
                "pm",
                "Thanks for joining. We need to pick the three big items for next quarter's roadmap, and I've got seven candidates on the list.",
            ),
            ("eng", "Seven is a lot. Which ones are customers actually asking for?"),
            (
                "support",
                "The top request by far is offline mode. We've logged 340 tickets about it since January, mostly from people who run in the countryside.",
            ),
            ("pm", "That matches the app reviews. How hard is it to build?"),
            (
                "eng",
                "Harder than it sounds. Syncing workouts that were recorded offline means handling conflicts, so I'd say six to eight weeks for two engineers.",
            ),
            ("pm", "Okay. What about the Garmin integration?"),
            ("eng", "That one's cheap. Their API is well documented, maybe two weeks."),
            ("support", "But honestly, hardly anyone asks for it. Maybe a dozen tickets."),
            (
                "pm",
                "The sales team wants it for the corporate wellness deals, though. One prospect with 5,000 employees said it's a requirement.",
            ),
            ("support", "Fair enough, I didn't know that."),
            ("pm", "And the social challenges feature?"),
            (
                "eng",
                "I'd push that to next year. It needs moderation tools we don't have, and I don't want to launch something people can abuse.",
            ),
            (
                "pm",
                "Right. So offline mode, Garmin, and then dark mode as the third, since design already finished the mockups?",
            ),
            ("eng", "Works for me."),
            (
                "support",
                "Can we also fix the password reset emails? They land in spam for Hotmail users.",
            ),
            (
                "pm",
                "That's a bug, not a roadmap item, but I'll make sure it's in the first sprint.",
            ),
        ],
    },
    "a_planning_invoicing": {
        "turns": [
            (
                "pm",
                "Let's go through the feedback from the customer advisory board before we plan the next release. Design, you ran the sessions?",
            ),
            (
                "design",
                "I did, eight customers over two days in Leeds. The loudest complaint was that creating a recurring invoice takes too many clicks.",
            ),
            ("pm", "How many?"),
            ("design", "Fourteen, on average. Our competitor does it in five."),
            (
                "eng",
                "Most of those clicks are the tax settings page. We could default it from the customer's last invoice.",
            ),
            ("pm", "How long would that take?"),
            ("eng", "About a week, including tests. It's mostly front end work."),
            ("pm", "Good, that's an easy win. What else came up?"),
            (
                "design",
                "Three of the eight asked for multi-currency invoices. They bill clients in euros and dollars and currently export to a spreadsheet to do it.",
            ),
            (
                "eng",
                "That's a big one. Exchange rates, rounding, and the accountants will want an audit trail for every rate we use.",
            ),
            ("pm", "Could we do a limited version, just displaying a second currency?"),
            (
                "eng",
                "We could, but I'm worried it'll confuse people at tax time if the invoice shows two totals.",
            ),
            (
                "design",
                "I actually think customers would be fine with it, as long as it's clearly labelled as an estimate.",
            ),
            ("pm", "Let's prototype it and test with the board in March. Anything about pricing?"),
            (
                "design",
                "One person said the £29 plan is fine, but they'd pay more for bank reconciliation.",
            ),
            ("pm", "Noted. That's a conversation for the pricing review in April, not today."),
        ],
    },
    "a_sales_q3_north": {
        "turns": [
            (
                "director",
                "Let's start with the headline number for the north. Where did you land for Q3?",
            ),
            ("manager", "2.4 million in bookings, which is 92% of target."),
            ("director", "So short by about 200 thousand. What happened?"),
            (
                "manager",
                "Mostly one deal. The university in Sheffield was going to refurnish their library, and they pushed it into next year because of a funding freeze.",
            ),
            ("director", "How big was it?"),
            (
                "manager",
                "Around 180 thousand. Without that we'd have been almost exactly on target.",
            ),
            ("director", "Is it coming back, or is it gone?"),
            (
                "manager",
                "I think it's coming back. Their estates manager told me the budget reopens in February.",
            ),
            ("director", "Okay. What went well?"),
            (
                "manager",
                "Healthcare. We signed three clinic groups, and the standing desk range sold better than anything else.",
            ),
            ("director", "Why do you think the standing desks did so well?"),
            (
                "manager",
                "Honestly, the five year warranty. Every buyer mentioned it, and the competitors only offer two.",
            ),
            ("director", "Good. And the team?"),
            (
                "manager",
                "We lost Daniel in August, he went to a competitor. His replacement, Aisha, starts on Monday.",
            ),
            ("director", "Will she be productive by the end of Q4?"),
            (
                "manager",
                "Not fully. I'd expect her to carry a smaller quota, maybe half, until she's built relationships.",
            ),
            (
                "director",
                "That's reasonable. Let's lower her target to 150 thousand for the quarter.",
            ),
            ("manager", "Thank you, that helps."),
        ],
    },
    "a_sales_q3_online": {
        "turns": [
            ("ceo", "Right, Q3 review for the online shop. Finance, give us the top line."),
            ("finance", "Revenue was 860 thousand, up 14% on Q2, and 6% above plan."),
            ("ceo", "Nice. What drove it?"),
            (
                "sales",
                "The grinder bundle. We launched it in July at £249 and it sold just over 1,200 units.",
            ),
            ("ceo", "Was that mostly new customers?"),
            (
                "sales",
                "About 60% new, which is unusual for us. Most came from a YouTube review by a barista in Melbourne.",
            ),
            (
                "finance",
                "The downside is margin. Returns jumped to 9%, mainly because the grinder arrived with a bent hopper.",
            ),
            ("ceo", "Is that the courier or the packaging?"),
            (
                "sales",
                "The packaging. We switched to a cheaper box in June to save 40p a unit, and it's clearly not strong enough.",
            ),
            ("ceo", "So we saved pennies and lost pounds."),
            ("finance", "Pretty much. The returns cost us roughly 30 thousand."),
            ("ceo", "Let's go back to the old box immediately. What about wholesale?"),
            (
                "sales",
                "Flat. The two café chains we pitched both said they're waiting until after Christmas.",
            ),
            (
                "finance",
                "I'd be cautious about Q4 projections because of that. I've assumed zero wholesale growth.",
            ),
            ("sales", "I think that's too pessimistic. One of them asked for samples last week."),
            (
                "ceo",
                "Let's keep finance's number in the plan, and treat any wholesale win as upside.",
            ),
        ],
    },
    "a_hiring_data_engineer": {
        "turns": [
            (
                "chair",
                "Thanks for staying on. We're here to decide on the senior data engineer role, and we saw two finalists, Rosa and Kevin. Technical interview first?",
            ),
            (
                "tech",
                "Rosa was the stronger of the two on the system design exercise. She designed the pipeline with a dead letter queue without being prompted.",
            ),
            ("manager", "And Kevin?"),
            (
                "tech",
                "Kevin was solid on SQL but struggled with the streaming part. He kept trying to batch everything every hour.",
            ),
            ("chair", "How did they do on the values interview?"),
            (
                "manager",
                "Both fine. Kevin was very warm, and I think the team would enjoy working with him. Rosa was quieter, but she asked the best questions of anyone this round.",
            ),
            ("chair", "Such as?"),
            (
                "manager",
                "She asked how we handle on-call for data incidents, and whether it's paid. Nobody has ever asked me that.",
            ),
            ("tech", "Is it paid?"),
            ("manager", "It is, £300 a week when you're on the rota."),
            (
                "chair",
                "Salary expectations next. Rosa is asking for 85 thousand, which is above our band of 70 to 80.",
            ),
            (
                "manager",
                "I'd stretch to 82 and offer an extra week of leave. I don't want to lose her over three thousand.",
            ),
            ("tech", "I agree. She'd be up to speed within a month, I think."),
            (
                "chair",
                "So the recommendation is an offer to Rosa, and we keep Kevin warm for the mid-level role opening in spring?",
            ),
            ("manager", "Yes, exactly."),
            ("chair", "I'll call her tomorrow morning."),
        ],
    },
    "a_hiring_support_head": {
        "turns": [
            (
                "chair",
                "Okay, we've interviewed four people for head of customer support, and we need to get to one name today. Let's go round the table.",
            ),
            (
                "director",
                "My favourite was Lena. She ran a support team of forty at a telecoms company and cut their response time from two days to six hours.",
            ),
            (
                "panelist",
                "She was impressive, but I'm worried she's only managed phone support. We're almost entirely chat and email.",
            ),
            ("director", "Does that really matter at her level?"),
            (
                "panelist",
                "I think it does. Chat needs different staffing, because people handle three conversations at once.",
            ),
            ("chair", "What about Owen?"),
            (
                "panelist",
                "Owen's my pick. He built the chat team at his current company from scratch, and he wrote their whole knowledge base.",
            ),
            ("director", "He's never managed more than eight people, though."),
            ("panelist", "True, but our team is only twelve."),
            ("chair", "Did either of them do well on the case study?"),
            (
                "director",
                "Lena's was better. She spotted that our refund policy generates a third of all tickets and suggested rewriting it.",
            ),
            (
                "panelist",
                "Owen's plan was more about tooling. He wanted to replace our helpdesk software, which I think is premature.",
            ),
            ("chair", "So we're split. Could we bring both back for a half day with the team?"),
            (
                "director",
                "I'd support that, as long as it's before the 15th. Lena has another offer with a deadline.",
            ),
            ("chair", "Then I'll book them for next Tuesday and Wednesday."),
        ],
    },
    "a_relocation_salford": {
        "turns": [
            (
                "chair",
                "This meeting is about the move to the new office at Salford Quays. Facilities, where are we on dates?",
            ),
            (
                "facilities",
                "The lease on the current building ends on 30 June, so we're planning to move over the weekend of the 21st.",
            ),
            ("chair", "Why that weekend and not the last one?"),
            (
                "facilities",
                "It gives us a week of buffer in case the removal company or the network install slips.",
            ),
            (
                "staffrep",
                "Can I raise the commute? A lot of people are worried. I surveyed the team and 38 out of 110 said their journey gets longer.",
            ),
            ("chair", "By how much?"),
            (
                "staffrep",
                "Most said twenty to thirty minutes each way. A few who rely on the train said closer to an hour.",
            ),
            ("chair", "What can we offer them?"),
            (
                "facilities",
                "The new building has 60 parking spaces, compared to 15 now, and there's a tram stop two minutes away.",
            ),
            ("staffrep", "Parking helps drivers, but the people hit hardest don't drive."),
            (
                "chair",
                "Fair point. We could pay for a tram season ticket for the first year. I'll need to check the cost with finance.",
            ),
            ("staffrep", "People would really appreciate that."),
            (
                "facilities",
                "One more thing, the new floor is open plan with no assigned desks. We're going to have 80 desks for 110 people.",
            ),
            ("staffrep", "That's going to be controversial."),
            (
                "chair",
                "It's based on the badge data. On an average day, only about 65 people are in the office.",
            ),
            (
                "staffrep",
                "Then please let us book desks in advance, at least for people who need special chairs or monitors.",
            ),
            (
                "facilities",
                "We're setting up a booking app, and we'll reserve twelve fixed desks for accessibility needs.",
            ),
        ],
    },
    "a_relocation_removals_call": {
        "turns": [
            (
                "agent",
                "Hello, this is Gareth from Northway Removals, calling about your office move. Is now a good time?",
            ),
            ("manager", "Yes, perfect. We've got quite a few questions."),
            ("agent", "Go ahead."),
            (
                "manager",
                "First, the date. We'd agreed the 14th of March, but our new landlord says the lift won't be certified until the 16th.",
            ),
            (
                "agent",
                "That's fine, we can move you to the 17th. It's a Saturday, so there's a weekend surcharge of £350.",
            ),
            ("manager", "Is there any way around that?"),
            ("agent", "If you can do Monday the 19th instead, there's no surcharge at all."),
            ("manager", "I'd rather not close the office on a weekday. We'll take the Saturday."),
            ("agent", "Understood. How many crates will you need?"),
            ("manager", "We have 35 staff, so I was thinking three each."),
            (
                "agent",
                "I'd suggest four. People always underestimate, and we'd rather leave spares than come back.",
            ),
            ("manager", "Okay, 140 then. What about the server cabinet?"),
            (
                "agent",
                "We don't move live IT equipment ourselves, for insurance reasons. Your IT supplier will need to disconnect and pack it, and we'll just transport it.",
            ),
            ("manager", "And the plants? We have a lot of big plants."),
            ("agent", "Those we can do, but they travel at your own risk."),
            ("manager", "Fine. When do we get the final quote?"),
            (
                "agent",
                "I'll email it by Thursday, with the crates delivered a week before the move.",
            ),
        ],
    },
    "a_budget_trade_show": {
        "turns": [
            (
                "cfo",
                "Next item is marketing's request for the autumn trade show budget. You're asking for 45 thousand, is that right?",
            ),
            (
                "marketing",
                "That's right. It covers the stand, travel for six people, and the sponsored breakfast session.",
            ),
            ("cfo", "Last year we spent 30 thousand. Why the jump?"),
            (
                "marketing",
                "The venue moved from Birmingham to Frankfurt, so stand space costs more, and we need translators for two days.",
            ),
            ("ops", "What did we actually get out of last year's show?"),
            (
                "marketing",
                "Twenty-two qualified leads, and four of them became customers. Together they're worth about 190 thousand a year.",
            ),
            ("cfo", "That's a decent return. But I'm not convinced by the breakfast session."),
            (
                "marketing",
                "It's 8 thousand of the total. We'd get a twenty minute speaking slot in front of about 150 buyers.",
            ),
            ("ops", "I'd keep it, honestly. Speaking slots are where people remember you."),
            ("cfo", "Could we send four people instead of six?"),
            (
                "marketing",
                "We could. We'd save around 5 thousand, but the stand would be thin on the busiest day.",
            ),
            (
                "cfo",
                "Then here's my proposal. Approve 40 thousand, keep the breakfast, cut the travel to five people.",
            ),
            ("marketing", "I can work with that."),
            ("ops", "Agreed."),
            (
                "cfo",
                "Approved at 40. Please send me a breakdown of actual spend within a month of the show.",
            ),
        ],
    },
    "a_budget_laptops": {
        "turns": [
            (
                "cfo",
                "The IT team wants to bring the laptop refresh forward. Can you explain why it can't wait until next year?",
            ),
            (
                "itlead",
                "About 90 of our laptops are five years old. Their manufacturer stops security updates for that model in October.",
            ),
            ("cfo", "What does replacing them cost?"),
            (
                "itlead",
                "Roughly 1,100 pounds each with docking stations, so just under 100 thousand in total.",
            ),
            ("cfo", "That's a lot to find mid-year. Could we lease instead?"),
            (
                "itlead",
                "We looked at that. Leasing is about 32 a month per laptop over three years, so it costs more overall, but it spreads the hit.",
            ),
            (
                "hr",
                "From our side, the old laptops are a real problem. In the staff survey, slow equipment was the second most common complaint.",
            ),
            ("cfo", "What was the first?"),
            ("hr", "The coffee machine, believe it or not."),
            (
                "cfo",
                "Ha, that one I can approve today. Okay, what happens if we don't replace them in time?",
            ),
            (
                "itlead",
                "We'd be running unpatched machines, and our cyber insurance requires supported operating systems. We could lose cover.",
            ),
            (
                "cfo",
                "That settles it. I'll approve the lease option, starting with the 40 oldest machines in September.",
            ),
            ("itlead", "And the remaining 50?"),
            ("cfo", "January, after the new budget year starts."),
            ("hr", "Can the old ones be donated? A local charity asked us last year."),
            (
                "itlead",
                "Yes, once the drives are wiped. I'd suggest we get a certificate for each one.",
            ),
        ],
    },
    "a_incident_phishing": {
        "turns": [
            (
                "lead",
                "This is the review of last week's phishing incident. The goal is to learn, not to blame anyone. Let's walk through the timeline.",
            ),
            (
                "it",
                "On Tuesday at 9:40, an email came in that looked like a DocuSign request. One person in finance entered their password on the fake page.",
            ),
            ("lead", "When did we notice?"),
            (
                "it",
                "About three hours later. The mailbox started sending the same email to 600 external contacts, and our outbound filter flagged the spike.",
            ),
            ("lead", "What did the attacker actually do in the mailbox?"),
            (
                "it",
                "They created a rule that forwarded any email containing the word invoice to an external Gmail address.",
            ),
            (
                "finance",
                "That's the part that scares me. We had two supplier payments pending that day.",
            ),
            ("lead", "Did any money go out?"),
            (
                "finance",
                "No. One supplier phoned us to check the new bank details, which is what saved us.",
            ),
            ("lead", "Why wasn't the login blocked by multi-factor authentication?"),
            (
                "it",
                "That account was on an exemption list from a migration in 2021. Nobody had removed it.",
            ),
            ("lead", "How many accounts are still on that list?"),
            ("it", "Seventeen. I'm removing all of them by Friday."),
            (
                "finance",
                "I'd also like a rule that any change to supplier bank details needs a phone call to a number we already have.",
            ),
            (
                "lead",
                "Agreed, that should be policy. And we'll run a phishing simulation for finance next month.",
            ),
        ],
    },
    "a_incident_leaked_key": {
        "turns": [
            (
                "lead",
                "Okay, incident review for the exposed cloud key. Dev, can you explain how it happened?",
            ),
            (
                "dev",
                "Sure. On the 3rd, I pushed a config file to a public repository by mistake. It had an access key for our storage account in it.",
            ),
            ("cto", "How long was it public?"),
            (
                "dev",
                "Forty minutes. GitHub's secret scanning emailed us, and I deleted the repo straight away.",
            ),
            (
                "lead",
                "Deleting the repo doesn't revoke the key, though. When was the key actually rotated?",
            ),
            ("dev", "Not until the next morning. I didn't realise the key was still valid."),
            ("cto", "So the real exposure was closer to fourteen hours."),
            ("lead", "Right. Did anyone use it?"),
            (
                "dev",
                "Yes, unfortunately. The logs show someone in another country listing our buckets about ten minutes after the push.",
            ),
            ("cto", "Did they download anything?"),
            (
                "lead",
                "They downloaded one bucket of marketing images, which are public anyway. The customer data bucket was encrypted with a separate key, so they couldn't read it.",
            ),
            ("cto", "That's lucky. What are we changing?"),
            (
                "lead",
                "Three things. First, a pre-commit hook that blocks anything that looks like a secret.",
            ),
            ("dev", "And second?"),
            (
                "lead",
                "Second, long-lived keys get replaced by short-term credentials that expire after an hour. Third, a runbook that says revoke first, clean up second.",
            ),
            (
                "cto",
                "I'd add training. I don't want the lesson to be that this developer made a mistake, because anyone could have.",
            ),
            ("dev", "I appreciate that."),
        ],
    },
}

QUESTIONS = [
    # a_standup_payments
    (
        "Why is the backend developer adding retries to the refund code?",
        "a_standup_payments",
        ["Today I'm writing the"],
    ),
    (
        "What permission was the backend engineer still waiting on?",
        "a_standup_payments",
        ["I still don't have"],
    ),
    (
        "Who said they would push the platform people about the missing access?",
        "a_standup_payments",
        ["I'll chase the platform"],
    ),
    (
        "What share of users saw the new checkout button?",
        "a_standup_payments",
        ["I shipped the new"],
    ),
    (
        "When is the earliest the checkout experiment results can be trusted?",
        "a_standup_payments",
        ["Marta from analytics said"],
    ),
    (
        "How many unreliable tests were set aside?",
        "a_standup_payments",
        ["I quarantined eleven of"],
    ),
    ("Why do most of the flaky tests break?", "a_standup_payments", ["Most fail because they"]),
    (
        "Which group of tests are the failing ones mostly from?",
        "a_standup_payments",
        ["Mostly that one, yes"],
    ),
    (
        "When is the test environment's data going to be erased?",
        "a_standup_payments",
        ["Just a reminder that"],
    ),
    # a_retro_mobile
    (
        "What made the handover from design go better this sprint?",
        "a_retro_mobile",
        ["The design handoff was"],
    ),
    ("Why did the app store turn down the submission?", "a_retro_mobile", ["Apple said our login"]),
    ("How much did the rejection push back the launch?", "a_retro_mobile", ["Four days in total,"]),
    (
        "What did the product manager propose to avoid future store rejections?",
        "a_retro_mobile",
        ["I'd like us to"],
    ),
    (
        "Who doubted that a list of rules would solve it, and what did they want instead?",
        "a_retro_mobile",
        ["I'm not sure a", "I'd rather we do"],
    ),
    (
        "Why was a review call before each submission seen as too costly?",
        "a_retro_mobile",
        ["Fair, but that takes"],
    ),
    (
        "Which phones crashed more after the new version went out?",
        "a_retro_mobile",
        ["It went up to"],
    ),
    (
        "What is the developer going to change to fix the crashes?",
        "a_retro_mobile",
        ["It loads full resolution", "I'll add thumbnails this"],
    ),
    # a_planning_fitness_app
    (
        "How many support requests asked to use the app without a connection?",
        "a_planning_fitness_app",
        ["The top request by"],
    ),
    (
        "Why is offline mode difficult to implement, and how long would it take?",
        "a_planning_fitness_app",
        ["Syncing workouts that were"],
    ),
    ("How long would the Garmin work take?", "a_planning_fitness_app", ["Their API is well"]),
    (
        "Why is the watch integration being prioritised even though few users ask for it?",
        "a_planning_fitness_app",
        ["The sales team wants", "One prospect with 5,000"],
    ),
    (
        "Why did the engineer want to postpone the social challenges?",
        "a_planning_fitness_app",
        ["I'd push that to", "It needs moderation tools"],
    ),
    (
        "Why was dark mode picked as the third roadmap item?",
        "a_planning_fitness_app",
        ["So offline mode, Garmin"],
    ),
    (
        "What email problem did the support person bring up?",
        "a_planning_fitness_app",
        ["Can we also fix", "They land in spam"],
    ),
    (
        "Will the password reset issue go on the roadmap?",
        "a_planning_fitness_app",
        ["That's a bug, not"],
    ),
    # a_planning_invoicing
    (
        "Where were the advisory board sessions held and how many customers took part?",
        "a_planning_invoicing",
        ["I did, eight customers"],
    ),
    (
        "What did customers complain about most?",
        "a_planning_invoicing",
        ["The loudest complaint was"],
    ),
    (
        "How many clicks does setting up a repeating invoice need right now?",
        "a_planning_invoicing",
        ["Fourteen, on average."],
    ),
    (
        "What was suggested to cut down the steps for repeating invoices?",
        "a_planning_invoicing",
        ["Most of those clicks", "We could default it"],
    ),
    (
        "How long would the tax page change take to build?",
        "a_planning_invoicing",
        ["About a week, including"],
    ),
    (
        "How do customers currently handle billing in two currencies?",
        "a_planning_invoicing",
        ["They bill clients in"],
    ),
    (
        "What worried the engineer about just showing a second currency?",
        "a_planning_invoicing",
        ["We could, but I'm"],
    ),
    (
        "Who thought customers would accept a second currency on invoices?",
        "a_planning_invoicing",
        ["I actually think customers"],
    ),
    (
        "What feature would one customer pay more than the current plan for?",
        "a_planning_invoicing",
        ["One person said the"],
    ),
    # a_sales_q3_north
    (
        "What were the northern region's bookings for the third quarter?",
        "a_sales_q3_north",
        ["2.4 million in"],
    ),
    (
        "Why did the Sheffield university project slip?",
        "a_sales_q3_north",
        ["The university in Sheffield"],
    ),
    ("How much was the delayed library deal worth?", "a_sales_q3_north", ["Around 180 thousand."]),
    (
        "When might the university's purchase come back?",
        "a_sales_q3_north",
        ["Their estates manager told"],
    ),
    (
        "Which sector did well for the north this quarter?",
        "a_sales_q3_north",
        ["We signed three clinic"],
    ),
    (
        "What does the regional manager think made the standing desks sell?",
        "a_sales_q3_north",
        ["Honestly, the five year", "Every buyer mentioned it"],
    ),
    ("Who left the northern team and where did he go?", "a_sales_q3_north", ["We lost Daniel in"]),
    (
        "What target will the new salesperson have for her first quarter?",
        "a_sales_q3_north",
        ["I'd expect her to", "Let's lower her target"],
    ),
    # a_sales_q3_online
    (
        "How did the web shop's revenue compare with the plan?",
        "a_sales_q3_online",
        ["Revenue was 860 thousand,"],
    ),
    (
        "What was the price of the product that drove growth, and how many sold?",
        "a_sales_q3_online",
        ["We launched it in"],
    ),
    (
        "Where did most of the first-time buyers come from?",
        "a_sales_q3_online",
        ["Most came from a"],
    ),
    ("Why were so many orders sent back?", "a_sales_q3_online", ["Returns jumped to 9%,"]),
    ("Why was the box not protecting the grinders?", "a_sales_q3_online", ["We switched to a"]),
    ("How much did the returns cost the business?", "a_sales_q3_online", ["The returns cost us"]),
    (
        "What did the chief executive decide about the packaging?",
        "a_sales_q3_online",
        ["Let's go back to"],
    ),
    (
        "Who disagreed with the cautious wholesale forecast, and why?",
        "a_sales_q3_online",
        ["I think that's too", "One of them asked"],
    ),
    (
        "What did the coffee shop chains say about buying?",
        "a_sales_q3_online",
        ["The two café chains"],
    ),
    # a_hiring_data_engineer
    (
        "Which candidate did better on the architecture exercise, and what impressed the interviewer?",
        "a_hiring_data_engineer",
        ["Rosa was the stronger", "She designed the pipeline"],
    ),
    (
        "Where did the other candidate fall short in the technical round?",
        "a_hiring_data_engineer",
        ["Kevin was solid on", "He kept trying to"],
    ),
    (
        "Which candidate did the manager think the team would like most?",
        "a_hiring_data_engineer",
        ["Kevin was very warm,"],
    ),
    (
        "What question did a candidate ask that had never been asked before?",
        "a_hiring_data_engineer",
        ["She asked how we"],
    ),
    (
        "How much are data engineers paid for being on call?",
        "a_hiring_data_engineer",
        ["It is, £300 a"],
    ),
    (
        "What salary does the preferred candidate want compared to the range?",
        "a_hiring_data_engineer",
        ["Rosa is asking for"],
    ),
    (
        "How does the hiring manager want to bridge the pay gap?",
        "a_hiring_data_engineer",
        ["I'd stretch to 82"],
    ),
    (
        "What will happen with the runner-up?",
        "a_hiring_data_engineer",
        ["So the recommendation is"],
    ),
    (
        "Who will phone the chosen candidate, and when?",
        "a_hiring_data_engineer",
        ["I'll call her tomorrow"],
    ),
    # a_hiring_support_head
    (
        "What did the director's favourite candidate achieve at the telecoms firm?",
        "a_hiring_support_head",
        ["She ran a support"],
    ),
    (
        "Why was the panel member concerned about Lena's background?",
        "a_hiring_support_head",
        ["She was impressive, but", "Chat needs different staffing,"],
    ),
    ("Why does the panelist prefer Owen?", "a_hiring_support_head", ["He built the chat"]),
    (
        "What was the objection to Owen's management experience?",
        "a_hiring_support_head",
        ["He's never managed more"],
    ),
    (
        "How many people are in the support team they are hiring a head for?",
        "a_hiring_support_head",
        ["True, but our team"],
    ),
    (
        "What did Lena notice during the case study?",
        "a_hiring_support_head",
        ["She spotted that our"],
    ),
    (
        "What did the panelist think of replacing the helpdesk tool?",
        "a_hiring_support_head",
        ["Owen's plan was more", "He wanted to replace"],
    ),
    (
        "Why does the second round have to happen before the 15th?",
        "a_hiring_support_head",
        ["Lena has another offer"],
    ),
    ("When will the finalists come back in?", "a_hiring_support_head", ["Then I'll book them"]),
    # a_relocation_salford
    (
        "When does the rental agreement on the current office run out?",
        "a_relocation_salford",
        ["The lease on the"],
    ),
    (
        "Why was the move scheduled a week before the deadline?",
        "a_relocation_salford",
        ["It gives us a"],
    ),
    (
        "How many employees said getting to work would take longer?",
        "a_relocation_salford",
        ["I surveyed the team"],
    ),
    (
        "How much extra travel time will affected staff face?",
        "a_relocation_salford",
        ["Most said twenty to"],
    ),
    (
        "How many car spaces will the new site have?",
        "a_relocation_salford",
        ["The new building has"],
    ),
    (
        "What did the chair propose for staff who don't drive?",
        "a_relocation_salford",
        ["We could pay for"],
    ),
    (
        "Why will there be fewer desks than employees?",
        "a_relocation_salford",
        ["It's based on the", "On an average day,"],
    ),
    (
        "What is planned for people who need special equipment at their desk?",
        "a_relocation_salford",
        ["We're setting up a"],
    ),
    # a_relocation_removals_call
    (
        "Why did the moving date need to change?",
        "a_relocation_removals_call",
        ["We'd agreed the 14th"],
    ),
    (
        "How much extra does a weekend move cost?",
        "a_relocation_removals_call",
        ["It's a Saturday, so"],
    ),
    (
        "What alternative date would avoid the extra charge?",
        "a_relocation_removals_call",
        ["If you can do"],
    ),
    (
        "Why did the office manager accept paying extra?",
        "a_relocation_removals_call",
        ["I'd rather not close"],
    ),
    (
        "How many boxes per person did the removals firm recommend, and why?",
        "a_relocation_removals_call",
        ["I'd suggest four.", "People always underestimate, and"],
    ),
    (
        "Why won't the movers handle the server?",
        "a_relocation_removals_call",
        ["We don't move live"],
    ),
    (
        "What are the conditions for moving the office plants?",
        "a_relocation_removals_call",
        ["Those we can do,"],
    ),
    ("When will the final price be sent over?", "a_relocation_removals_call", ["I'll email it by"]),
    # a_budget_trade_show
    (
        "How much did marketing request for the autumn exhibition?",
        "a_budget_trade_show",
        ["You're asking for 45"],
    ),
    (
        "Why is the trade show more expensive this year?",
        "a_budget_trade_show",
        ["The venue moved from"],
    ),
    (
        "What came out of the previous year's show?",
        "a_budget_trade_show",
        ["Twenty-two qualified leads, and"],
    ),
    (
        "How much is the breakfast session and what do they get for it?",
        "a_budget_trade_show",
        ["It's 8 thousand of", "We'd get a twenty"],
    ),
    (
        "Who argued for keeping the sponsored breakfast, and why?",
        "a_budget_trade_show",
        ["I'd keep it, honestly.", "Speaking slots are where"],
    ),
    ("What would sending a smaller team save?", "a_budget_trade_show", ["We'd save around 5"]),
    (
        "What budget did the finance chief finally propose?",
        "a_budget_trade_show",
        ["Approve 40 thousand, keep"],
    ),
    (
        "What report does the finance chief want after the event?",
        "a_budget_trade_show",
        ["Please send me a"],
    ),
    # a_budget_laptops
    (
        "Why can't the computer replacement wait until next year?",
        "a_budget_laptops",
        ["Their manufacturer stops security"],
    ),
    (
        "What would it cost to buy all the new machines outright?",
        "a_budget_laptops",
        ["Roughly 1,100 pounds each"],
    ),
    ("How does leasing compare with buying?", "a_budget_laptops", ["Leasing is about 32"]),
    (
        "Where did slow computers rank among staff complaints?",
        "a_budget_laptops",
        ["In the staff survey,"],
    ),
    ("What was the staff's biggest gripe?", "a_budget_laptops", ["The coffee machine, believe"]),
    (
        "What insurance risk did the IT lead mention?",
        "a_budget_laptops",
        ["We'd be running unpatched"],
    ),
    (
        "When will the rest of the machines be swapped?",
        "a_budget_laptops",
        ["January, after the new"],
    ),
    ("What did HR suggest doing with the old computers?", "a_budget_laptops", ["Can the old ones"]),
    (
        "What did the IT lead recommend before giving the laptops away?",
        "a_budget_laptops",
        ["Yes, once the drives", "I'd suggest we get"],
    ),
    # a_incident_phishing
    (
        "What did the fraudulent email pretend to be?",
        "a_incident_phishing",
        ["On Tuesday at 9:40,"],
    ),
    (
        "How long did it take before the breach was spotted?",
        "a_incident_phishing",
        ["About three hours later."],
    ),
    (
        "How was the compromised mailbox detected?",
        "a_incident_phishing",
        ["The mailbox started sending"],
    ),
    (
        "What did the intruder set up in the account?",
        "a_incident_phishing",
        ["They created a rule"],
    ),
    (
        "What stopped a payment going to the criminals?",
        "a_incident_phishing",
        ["One supplier phoned us"],
    ),
    (
        "Why didn't two-step verification stop the login?",
        "a_incident_phishing",
        ["That account was on"],
    ),
    (
        "When will the remaining exempted accounts be cleaned up?",
        "a_incident_phishing",
        ["I'm removing all of"],
    ),
    (
        "What new control did the finance person ask for?",
        "a_incident_phishing",
        ["I'd also like a"],
    ),
    # a_incident_leaked_key
    (
        "What was accidentally published, and where?",
        "a_incident_leaked_key",
        ["On the 3rd, I", "It had an access"],
    ),
    (
        "How did the team find out about the leaked credential?",
        "a_incident_leaked_key",
        ["GitHub's secret scanning emailed"],
    ),
    (
        "Why did the exposure last far longer than the repository was visible?",
        "a_incident_leaked_key",
        ["Not until the next", "I didn't realise the"],
    ),
    (
        "How long was the credential usable in total?",
        "a_incident_leaked_key",
        ["So the real exposure"],
    ),
    (
        "How soon did an outsider start using the key?",
        "a_incident_leaked_key",
        ["The logs show someone"],
    ),
    (
        "Why was the customer information safe?",
        "a_incident_leaked_key",
        ["The customer data bucket"],
    ),
    (
        "What will replace the permanent access keys?",
        "a_incident_leaked_key",
        ["Second, long-lived keys get"],
    ),
    (
        "What check will stop secrets from being committed?",
        "a_incident_leaked_key",
        ["First, a pre-commit hook"],
    ),
    (
        "Why did the CTO want training rather than blame?",
        "a_incident_leaked_key",
        ["I don't want the"],
    ),
]
