"""Legal, money and consumer programme conversations with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "m_faulty_washer": {
        "turns": [
            (
                "host",
                "Welcome back to Fair Deal. Our first caller is Denise from Wrexham, and with me is consumer lawyer Priya Shah. Denise, what happened?",
            ),
            (
                "caller",
                "Hi. I bought a washing machine from Brightwell Appliances in early March and it cost me £479. Five weeks later the drum stopped spinning halfway through a wash and the whole kitchen floor was flooded.",
            ),
            ("host", "Oh no. And what did the shop say when you rang them?"),
            (
                "caller",
                "They told me it was nothing to do with them anymore. The lady on the phone said I had to contact the manufacturer because it was still under the maker's guarantee.",
            ),
            ("host", "Priya, is that right?"),
            (
                "expert",
                "No, it isn't. Your contract is with the retailer, not the manufacturer, so the shop has to deal with it. A guarantee from the maker is an extra on top of your legal rights, it doesn't replace them.",
            ),
            ("caller", "So can I just ask for my money back?"),
            (
                "expert",
                "Sadly the short-term right to reject only lasts 30 days, and you're a little past that. What you can demand now is a repair or a replacement, and the shop gets one attempt at that.",
            ),
            ("host", "And does Denise have to prove the machine was faulty when she got it?"),
            (
                "expert",
                "Not at this stage. For the first six months the law assumes the fault was there from the start, so it's up to the shop to show otherwise.",
            ),
            ("caller", "That's a relief, honestly."),
            ("host", "What about the damage to the floor? Can she claim for that too?"),
            (
                "expert",
                "Possibly, yes. If the flood was caused by the fault, she can ask for reasonable costs, so she should photograph the damage and keep any receipts.",
            ),
            (
                "caller",
                "I've got photos already. The lino is ruined and a new one was quoted at about £200.",
            ),
            (
                "expert",
                "Then put that in writing as well. Send a short letter or email to the shop, mention the Consumer Rights Act 2015, and say you want a repair or replacement within 14 days.",
            ),
            ("host", "And if they still refuse?"),
            (
                "expert",
                "She paid by debit card, so she can ask her bank for a chargeback. After that, there's the small claims court.",
            ),
            ("host", "Denise, good luck."),
            ("caller", "I will. Thank you both."),
        ],
    },
    "m_faulty_laptop": {
        "turns": [
            ("host", "Next on Fair Deal is Marcus from Leicester. Marcus, it's a laptop, I think?"),
            (
                "caller",
                "That's right. I ordered it online from a site called TechNest last June and paid £899 on my credit card. It's been back for repair twice and the screen still flickers.",
            ),
            ("host", "Twice. When did the trouble start?"),
            (
                "caller",
                "About eight months after it arrived. First the screen went dim, then it started flashing every few minutes.",
            ),
            (
                "expert",
                "Okay, so because it's over six months, the position is a bit different. You'd normally need to show that it's a real defect and not wear and tear or something you did.",
            ),
            ("caller", "How would I even do that?"),
            (
                "expert",
                "An independent repairer can write a short report saying what the cause is. It usually costs somewhere around £60, and you can add that to your claim.",
            ),
            ("host", "But he's already had two repairs. Doesn't that count for something?"),
            (
                "expert",
                "It counts for a lot. The retailer gets one go at fixing it, and they've had two, so Marcus is now entitled to reject it and get money back. They can knock a bit off for the use he's had, though.",
            ),
            ("caller", "How much could they deduct?"),
            (
                "expert",
                "There's no fixed figure. For a laptop that's mostly worked for eight months, I'd expect something modest, maybe ten or fifteen percent, not half the price.",
            ),
            ("host", "And he paid on a credit card. Does that help?"),
            (
                "expert",
                "Very much. Because it cost more than £100 and he used a credit card, the card company is jointly liable under Section 75, so if TechNest stalls he can claim from them instead.",
            ),
            ("caller", "They did mention something about my cooling-off period being over."),
            (
                "expert",
                "That's a red herring. The 14 days for online orders is about changing your mind, and it has nothing to do with faulty goods.",
            ),
            ("host", "Marcus, what would you like in the end, a replacement or the money?"),
            (
                "caller",
                "Money, honestly. I've lost trust in that model and I'd rather buy a different brand.",
            ),
            ("host", "Understandable. Priya, last word?"),
            (
                "expert",
                "Write to them, say you're rejecting the laptop after two failed repairs, and give them a fortnight before you go to the card company.",
            ),
        ],
    },
    "m_tax_first_return": {
        "turns": [
            (
                "host",
                "It's the middle of January, so you know what that means. Joining me on Money Hour is chartered tax adviser Graham Ellis, and our first caller is Sofia, a freelance illustrator. Sofia, go ahead.",
            ),
            (
                "caller",
                "Hi, thanks. I went freelance in May 2023 and this is my first tax return. I haven't even registered yet, and I'm panicking a bit.",
            ),
            (
                "adviser",
                "Don't panic, but do register today. You were meant to tell HMRC by the 5th of October, and the online account needs a code that comes in the post, which can take ten days.",
            ),
            ("caller", "Ten days? That's cutting it close."),
            (
                "adviser",
                "It is. The deadline for online returns is the 31st of January, and missing it means an automatic £100 penalty even if you owe nothing.",
            ),
            ("host", "What can she claim against her income, Graham?"),
            (
                "adviser",
                "Anything spent wholly for the business. For an illustrator that's the drawing tablet, software subscriptions, art supplies, and part of the phone bill.",
            ),
            ("caller", "I work from my spare room most days. Does that count?"),
            (
                "adviser",
                "It does. The simplest way is the flat rate, which for 25 to 50 hours a month is £10 a month, rising to £26 if you work over 100 hours. Or you can work out a share of the actual bills, but that needs more records.",
            ),
            ("caller", "I'll probably go with the flat rate, then."),
            (
                "host",
                "Now there's something that catches people out in their first year, isn't there?",
            ),
            (
                "adviser",
                "Payments on account. If your bill is over £1,000, HMRC asks for half of next year's tax in advance, so in January you could end up paying 150% of what you expected.",
            ),
            ("caller", "Oh. Nobody told me that."),
            (
                "adviser",
                "Most people aren't told. Put a third of every invoice into a separate savings account and you'll be fine.",
            ),
            ("host", "Would you recommend she uses an accountant?"),
            (
                "adviser",
                "For a simple sole trader with one income stream, I think she can do it herself. If she takes on staff or her turnover passes the VAT threshold, that's when I'd bring someone in.",
            ),
            ("caller", "That's really helpful. I'll register this afternoon."),
        ],
    },
    "m_tax_cant_pay": {
        "turns": [
            (
                "host",
                "Back to the phones on Money Hour with tax adviser Graham Ellis. Trevor is a self-employed plumber and he's got a different problem. Trevor?",
            ),
            (
                "caller",
                "Evening. My return's nearly done, but the bill is going to be about £4,200 and I just don't have it. A big job in November never paid me.",
            ),
            ("adviser", "Right. First thing, file the return anyway, before the deadline."),
            ("caller", "Even if I can't pay?"),
            (
                "adviser",
                "Especially then. Filing late and paying late are two separate penalties, so sending it in on time takes one of them off the table.",
            ),
            ("host", "So what happens to the unpaid tax?"),
            (
                "adviser",
                "Interest starts running from the 1st of February. If it's still unpaid 30 days later, there's a 5% late payment penalty on top, and more after six months.",
            ),
            ("caller", "That's what worries me."),
            (
                "adviser",
                "Which is why you should set up a Time to Pay arrangement. If you owe less than £30,000 and you've filed, you can do it online without ringing anyone, and spread the bill over up to 12 months.",
            ),
            ("caller", "And they don't charge a penalty then?"),
            (
                "adviser",
                "As long as the plan's agreed before the penalty date, no penalty. You still pay interest, though, so it's not free money.",
            ),
            (
                "host",
                "Trevor, have you claimed everything you're entitled to? Plumbers often miss things.",
            ),
            ("caller", "I put the van in, and the tools. Not much else."),
            (
                "adviser",
                "What about protective clothing, your trade insurance, and the phone? And the customer who never paid, you may be able to write that off as a bad debt, which lowers your profit.",
            ),
            ("caller", "That one's £1,800, so that would make a real difference."),
            (
                "adviser",
                "It would cut your bill by several hundred pounds. Just keep the invoices and any chasing emails as evidence that you tried to get paid.",
            ),
            ("host", "Good advice. Trevor, anything else?"),
            ("caller", "No, that's sorted my head out. Thanks, Graham."),
        ],
    },
    "m_mortgage_first_home": {
        "turns": [
            ("broker", "Hi both, thanks for jumping on the call. So you've found a flat you like?"),
            (
                "lucy",
                "We have. It's a two-bed in Stockport on the market for £265,000, and we've got an offer in at £255,000.",
            ),
            ("broker", "Lovely. And how much have you saved for the deposit?"),
            (
                "amir",
                "Just under £30,000. About £12,000 of that is in my Lifetime ISA, so it includes the government bonus.",
            ),
            (
                "broker",
                "Good, that works as long as the price stays under £450,000, which it does. Just remember the conveyancer has to request the money from the ISA provider, and that takes a few weeks.",
            ),
            ("lucy", "Okay, noted."),
            (
                "broker",
                "So with £30,000 down on £255,000 you're at roughly 88% loan to value. Most lenders price in bands, so you'd get the 90% rates, which are a bit higher than the 85% ones.",
            ),
            ("amir", "Would it be worth finding another few thousand to get under 85?"),
            (
                "broker",
                "You'd need about £8,000 more. On your figures it would save roughly £40 a month, so only if family can help; I wouldn't delay the purchase for it.",
            ),
            (
                "lucy",
                "And how much will they actually lend us? I'm a nurse and Amir's a software tester.",
            ),
            (
                "broker",
                "With combined income of £71,000, most lenders will go to four and a half times, so around £320,000. You only need about £225,000, so borrowing won't be a problem.",
            ),
            ("amir", "Should we fix for two years or five?"),
            (
                "broker",
                "Personally I'd lean to five for a first home. Your budget's tight in the first years with furniture and so on, and knowing the payment won't move is worth a slightly higher rate.",
            ),
            ("lucy", "What would the monthly payment be roughly?"),
            (
                "broker",
                "Over 30 years at around 4.6%, it's about £1,150 a month. Over 35 years it drops to about £1,080, but you pay more interest overall.",
            ),
            ("amir", "We'll talk about the term tonight."),
            (
                "broker",
                "Great. I'll send a list of documents, mainly three months of payslips and bank statements, and we can get an agreement in principle by Friday.",
            ),
        ],
    },
    "m_mortgage_remortgage": {
        "turns": [
            (
                "broker",
                "Hello Jean, it's Martin from Harbour Mortgages, returning your call about the remortgage.",
            ),
            (
                "caller",
                "Oh, thanks for ringing back. My fixed rate ends at the end of September and I've had a letter from the bank that's frankly scary.",
            ),
            (
                "broker",
                "Let me guess, it's telling you what you'd pay on the standard variable rate?",
            ),
            ("caller", "Exactly, yes. I'm on 1.9% now and the letter says it would go to 8.1%."),
            (
                "broker",
                "Nobody should sit on that rate. The good news is most deals can be reserved up to six months early, so we can lock something in now and still switch if rates fall before September.",
            ),
            (
                "caller",
                "That's good to know. The balance is about £148,000, and I think the house is worth around £310,000.",
            ),
            (
                "broker",
                "So you're under 50% loan to value, which gets you the best pricing. Your own bank is offering you a product transfer at 4.3% with no fee.",
            ),
            ("caller", "And elsewhere?"),
            (
                "broker",
                "The cheapest outside deal I can see is 4.05%, but it has a £999 arrangement fee. On your balance the lower rate saves about £370 a year, so over a five-year fix you'd come out roughly £850 ahead even after the fee.",
            ),
            ("caller", "Hmm. Is switching lender a lot of hassle?"),
            (
                "broker",
                "A bit more than staying. There's a valuation and legal work, though this lender pays for both, and it takes four to six weeks rather than a couple of days.",
            ),
            (
                "caller",
                "The other thing is, I wanted to borrow an extra £20,000 for a new kitchen.",
            ),
            (
                "broker",
                "Ah, that changes things. A product transfer usually can't include extra borrowing without a full application anyway, so moving lender makes more sense if you want the kitchen money.",
            ),
            (
                "caller",
                "Right. Can I still overpay on the new deal? I've been paying off a bit extra each year.",
            ),
            (
                "broker",
                "Yes, both allow 10% of the balance a year without an early repayment charge.",
            ),
            ("caller", "Then let's go with the new lender, including the kitchen."),
            (
                "broker",
                "Great. I'll email the application today, and I'll need your latest mortgage statement as well.",
            ),
        ],
    },
    "m_will_second_marriage": {
        "turns": [
            (
                "solicitor",
                "Morning, Mr Doyle, come in. You mentioned on the phone that you and your wife want to update your wills?",
            ),
            (
                "client",
                "That's right. We made wills years ago, before we got married in 2019, and a friend told me they might not even be valid anymore.",
            ),
            (
                "solicitor",
                "Your friend is right, I'm afraid. In England, getting married cancels any will you made before, unless it was written with the marriage in mind.",
            ),
            ("client", "So at the moment we effectively have no will at all."),
            (
                "solicitor",
                "Effectively, yes. If you died now, the intestacy rules would decide, and a lot would go to your wife automatically, with your children sharing only what's above £322,000.",
            ),
            (
                "client",
                "That's exactly what worries me. I've got two sons from my first marriage and Helen has a daughter.",
            ),
            (
                "solicitor",
                "Then simple mirror wills, where everything goes to the survivor, might not be right for you. The survivor could change their will later and leave your sons out completely.",
            ),
            ("client", "Helen wouldn't do that, though."),
            (
                "solicitor",
                "Most people wouldn't mean to. But people remarry, families fall out, care fees come along. What many couples in your position do is leave their half of the house in a life interest trust.",
            ),
            ("client", "How does that work?"),
            (
                "solicitor",
                "Helen could live in the house for the rest of her life, but when she dies your half goes to your sons, whatever her own will says.",
            ),
            ("client", "That sounds fair on everyone. Who should be executor?"),
            (
                "solicitor",
                "Ideally two people, and one of them not family. Some clients choose a professional, but that adds fees, so a trusted friend plus one of your sons is common.",
            ),
            ("client", "And the cost?"),
            (
                "solicitor",
                "A pair of basic wills is £350 plus VAT. With the trust it's £650 for the two, because there's more drafting involved.",
            ),
            ("client", "Fine. Anything we need to bring next time?"),
            (
                "solicitor",
                "Just ID and a list of your assets. And when you sign, your witnesses mustn't be anyone who inherits, or their spouses, otherwise their gift fails.",
            ),
        ],
    },
    "m_probate_fathers_estate": {
        "turns": [
            ("solicitor", "Hello, Kessler and Lowe, Anita speaking."),
            (
                "caller",
                "Hi, my name's Rachel. My dad died in February and I'm one of the executors of his will. I've no idea where to start.",
            ),
            (
                "solicitor",
                "I'm sorry for your loss. Let's take it step by step. Do you know roughly what his estate is worth?",
            ),
            (
                "caller",
                "The house is probably about £380,000, and there's around £45,000 in savings. No mortgage.",
            ),
            ("solicitor", "And who inherits?"),
            ("caller", "Me and my brother, half each. Mum died in 2017."),
            (
                "solicitor",
                "Then there's likely no inheritance tax to pay. Your dad had his own £325,000 allowance plus the extra £175,000 for passing a home to children, and because your mum left everything to him, her unused allowances can be transferred too.",
            ),
            ("caller", "So up to a million, in theory?"),
            (
                "solicitor",
                "In theory, yes. You still have to report the values to HMRC, but it's a simpler process when no tax is due.",
            ),
            ("caller", "Can we sell the house now? My brother's keen to get it on the market."),
            (
                "solicitor",
                "You can put it on the market, but you can't complete a sale until you have the grant of probate. At the moment applications are taking around 16 weeks.",
            ),
            ("caller", "Right. And what does the application cost?"),
            (
                "solicitor",
                "The court fee is £300. If you want us to handle the whole estate, we'd quote a fixed fee, probably in the region of £3,500 plus VAT for an estate like this.",
            ),
            ("caller", "Could we do it ourselves?"),
            (
                "solicitor",
                "Plenty of people do, and for a straightforward estate it's manageable. The one thing I'd insist on is placing a notice in The Gazette for creditors before you pay anything out.",
            ),
            ("caller", "Why's that?"),
            (
                "solicitor",
                "It protects you personally. If a debt turns up later and you've already shared the money out, you could be liable for it yourself, unless you advertised first and waited two months.",
            ),
            (
                "caller",
                "Okay, that's useful. I think we'll try it ourselves and call you if we get stuck.",
            ),
        ],
    },
    "m_debt_credit_cards": {
        "turns": [
            (
                "adviser",
                "Thanks for calling the ClearPath debt helpline, my name's Owen. Everything you tell me is confidential, and our advice is free. What's been happening?",
            ),
            (
                "caller",
                "Hi. I've got four credit cards and they're all maxed out. Altogether it's about £18,000, and I'm only managing the minimum payments by using one card to pay another.",
            ),
            (
                "adviser",
                "Okay. Thank you for ringing, that's often the hardest step. Are you behind on anything essential, like rent, council tax or energy?",
            ),
            ("caller", "No, those are up to date. It's just the cards."),
            (
                "adviser",
                "That's good, because those are the priority ones. Credit cards are serious, but they can't take your home or cut off your supply over them.",
            ),
            ("caller", "My bank keeps offering me a consolidation loan. Should I take it?"),
            (
                "adviser",
                "I'd be cautious. People often clear the cards with the loan and then build them up again, so they end up with the loan and new card debt.",
            ),
            ("caller", "So what's the alternative?"),
            (
                "adviser",
                "First we'll do a budget together, to see what you can really afford each month. Then, depending on the figure, a debt management plan might suit you.",
            ),
            ("caller", "What does that involve?"),
            (
                "adviser",
                "You make one monthly payment to a provider, free if it's through a charity like us, and it's shared between your creditors. Most creditors agree to freeze interest, though they don't have to.",
            ),
            ("caller", "Will it wreck my credit rating?"),
            (
                "adviser",
                "Honestly, it will affect it for a while, usually six years from when each account defaults. But relying on one card to pay another is already heading that way.",
            ),
            (
                "caller",
                "Fair enough. I'm also getting a lot of phone calls from one of the card companies.",
            ),
            (
                "adviser",
                "Then it might be worth applying for Breathing Space. It's a government scheme that stops interest, charges and most contact from creditors for 60 days while we sort out a plan.",
            ),
            ("caller", "That would be a huge relief."),
            (
                "adviser",
                "I'll start that today. Before we hang up, can you send me your last two months of bank statements so we can get the budget right?",
            ),
        ],
    },
    "m_debt_household_arrears": {
        "turns": [
            (
                "host",
                "This morning we're talking about household bills. With me is Fatima Okafor from the debt charity Anchor Money Advice. Fatima, who's coming through your door at the moment?",
            ),
            (
                "adviser",
                "Increasingly it's people in work. Three years ago most of our clients were on benefits, and now nearly half have a job, often two.",
            ),
            ("host", "And what are they behind on?"),
            (
                "adviser",
                "Council tax and rent, mostly. Those are the ones I worry about, because the consequences arrive very quickly.",
            ),
            ("host", "Go on."),
            (
                "adviser",
                "With council tax, if you miss a payment and then don't catch up after the reminder, you lose the right to pay monthly. The whole of the rest of the year's bill becomes due within seven days.",
            ),
            ("host", "The whole year?"),
            (
                "adviser",
                "The whole year. Then the council goes to the magistrates for a liability order, adds costs, and can pass it to enforcement agents, who add their own fees from £75 upwards.",
            ),
            ("host", "That's bailiffs, essentially."),
            (
                "adviser",
                "Exactly, yes. So my message is, ring the council as soon as you miss one payment. They will usually reinstate instalments if you ask early.",
            ),
            ("host", "What about rent?"),
            (
                "adviser",
                "If you rent privately and you're two months behind, the landlord may have grounds to ask the court for possession. So rent comes before almost anything else in a budget.",
            ),
            ("host", "Is there help for people who are behind on rent?"),
            (
                "adviser",
                "Councils have a pot called Discretionary Housing Payments, for people getting housing support through benefits. It's not guaranteed, but it can cover a shortfall or clear arrears.",
            ),
            ("host", "And for people who aren't on benefits?"),
            (
                "adviser",
                "Check again, because many are entitled and don't know it. Last year our benefit checks found clients an average of £2,400 a year in extra income.",
            ),
            ("host", "Remarkable. How can people reach you?"),
            (
                "adviser",
                "Our helpline is open weekdays from nine till eight, and there's a webchat on Saturdays.",
            ),
        ],
    },
    "m_scam_safe_account": {
        "turns": [
            (
                "host",
                "Today on Money Matters we're talking about scams, and I'm joined by Colin, a retired teacher from Bristol, and Detective Sergeant Ruth Barnes from the economic crime unit. Colin, you were targeted last autumn?",
            ),
            (
                "guest",
                "I was. It was a Tuesday afternoon, and the phone showed my bank's actual number, so I had no reason to doubt it.",
            ),
            ("host", "What did they say?"),
            (
                "guest",
                "A very calm young man said someone was trying to take money from my account in Manchester. He knew my name, my address and the last four digits of my card.",
            ),
            (
                "expert",
                "That's typical. Those details are often bought from earlier data leaks, and the number on your screen can be faked very easily, which is called spoofing.",
            ),
            ("host", "What did he ask you to do?"),
            (
                "guest",
                "Move my savings to a so-called safe account while they investigated. I transferred £11,000 in three payments, and he stayed on the line the whole time.",
            ),
            ("host", "When did you realise?"),
            (
                "guest",
                "About an hour later, when my daughter rang and I told her. She said straight away that it sounded wrong, and she was right.",
            ),
            ("host", "Ruth, why do these scams work on sensible people?"),
            (
                "expert",
                "Because they create panic and keep you on the phone, so you can't stop and think. The one rule to remember is that your bank will never ask you to move money to protect it.",
            ),
            ("host", "Colin, did you get the money back?"),
            ("guest", "I did, all of it, though it took about five weeks."),
            (
                "expert",
                "Since October 2024, banks generally have to reimburse victims of this kind of fraud up to £85,000, unless the customer was grossly negligent. So always report it quickly.",
            ),
            ("host", "And if you're not sure a call is genuine?"),
            (
                "expert",
                "Hang up and call 159 from a different phone if you can. It connects you to your own bank's fraud team safely.",
            ),
            ("host", "Colin, any advice of your own?"),
            (
                "guest",
                "Talk to someone before you do anything. If I'd put the phone down and rung my daughter first, none of it would have happened.",
            ),
        ],
    },
    "m_scam_investment_ad": {
        "turns": [
            (
                "host",
                "Welcome back. In the second half of our scams special I'm talking to Dev, who lost money to a fake investment, and to Hannah Price from Trading Standards. Dev, how did it start?",
            ),
            (
                "guest",
                "With an advert on social media. It showed a well-known TV presenter saying he'd made a fortune with a new trading platform, and it looked like a real news article.",
            ),
            (
                "expert",
                "We see those every week. The celebrity has nothing to do with it; their photo is simply stolen.",
            ),
            ("host", "How much did you put in at first?"),
            (
                "guest",
                "Only about £250 to start. Then a man who called himself my account manager rang me, and the dashboard showed my money growing really fast.",
            ),
            ("host", "So you added more."),
            (
                "guest",
                "Over four months, yes. In total it came to about £36,000, including a loan I took out on his advice.",
            ),
            ("host", "When did it fall apart?"),
            (
                "guest",
                "When I tried to withdraw. They said I had to pay a 15% release fee first, and after I paid that, there was a tax charge, and then they stopped answering.",
            ),
            (
                "expert",
                "That's the classic sign. A genuine firm takes fees out of your balance; it never asks you to send more money to get your own money back.",
            ),
            ("host", "Hannah, how can people check an investment before they hand anything over?"),
            (
                "expert",
                "Look the firm up on the Financial Conduct Authority register, and check the contact details match. If it's not there, or it's on the warning list, walk away.",
            ),
            ("host", "Dev, has anything happened since?"),
            (
                "guest",
                "Two months later, a company contacted me offering to recover my money for an upfront fee of £2,000.",
            ),
            (
                "expert",
                "And that is the same gang, or people who bought their list. Recovery scams target people who've already lost money, so never pay anyone upfront to get funds back.",
            ),
            ("host", "Did you report it?"),
            (
                "guest",
                "Yes, to Action Fraud and my bank. The bank refunded part of it, but most of it is gone.",
            ),
            ("host", "Thank you for being so open, Dev."),
        ],
    },
    "m_landlord_expenses": {
        "turns": [
            (
                "accountant",
                "Right, Brian, I've got your spreadsheet open. Two flats in Leeds, total rent of about £19,800 last year. Does that sound right?",
            ),
            (
                "landlord",
                "That's it. Though one was empty for six weeks in the summer while I redid the bathroom.",
            ),
            (
                "accountant",
                "Okay, let's start there, because the bathroom matters. Did you replace it like for like, or was it an upgrade?",
            ),
            (
                "landlord",
                "Mostly like for like. New bath, toilet and tiles, similar standard to the old ones. It came to £4,300.",
            ),
            (
                "accountant",
                "Then that's a repair and you can deduct it all this year. If you'd added a second bathroom where there wasn't one, that would be an improvement, and you couldn't claim it against rent.",
            ),
            ("landlord", "Would I get anything for an improvement at all?"),
            ("accountant", "Only when you sell. It reduces the gain for capital gains tax."),
            (
                "landlord",
                "Right. What about the mortgage interest? That's my biggest cost, about £6,000.",
            ),
            (
                "accountant",
                "That's the one people misunderstand. You can't deduct it from the rent anymore. Instead you get a tax credit of 20% of the interest, so £1,200 off your bill.",
            ),
            (
                "landlord",
                "And because I'm a higher-rate taxpayer from my job, that's worse for me?",
            ),
            (
                "accountant",
                "Exactly, yes. You pay 40% on the rent but only get 20% back on the interest.",
            ),
            ("landlord", "I also bought a new fridge-freezer and a sofa for the other flat."),
            (
                "accountant",
                "Those count as replacing domestic items, so they're deductible, provided they replaced old ones. The very first furnishings for a flat don't count.",
            ),
            ("landlord", "And my trips over to Leeds? I live in Harrogate."),
            (
                "accountant",
                "Keep a mileage log. You can claim 45p a mile for journeys that are purely for the property, like inspections or meeting tradespeople.",
            ),
            ("landlord", "I've probably done 30 round trips, about 36 miles each."),
            (
                "accountant",
                "That's just under £490 then. Send me the log and the receipts and I'll have the return finished in a fortnight.",
            ),
        ],
    },
    "m_landlord_limited_company": {
        "turns": [
            (
                "landlord",
                "Thanks for fitting me in. My neighbour's moved all his rentals into a limited company and says I'd be mad not to do the same.",
            ),
            ("accountant", "I hear that a lot. Remind me, you've got five houses now?"),
            (
                "landlord",
                "Five, all in Swindon, all with mortgages. Rent is around £62,000 a year.",
            ),
            (
                "accountant",
                "Okay. The attraction is clear. A company pays corporation tax at 19% to 25%, and it can deduct mortgage interest in full, which you can't as an individual.",
            ),
            ("landlord", "So why isn't everyone doing it?"),
            (
                "accountant",
                "Because moving the houses you already own is treated as selling them to the company at market value. You'd face capital gains tax on the growth, and the company would pay stamp duty with the surcharge.",
            ),
            ("landlord", "How much are we talking?"),
            (
                "accountant",
                "On rough numbers, the stamp duty alone would be around £55,000 across the five, and the gains tax maybe another £70,000.",
            ),
            ("landlord", "Goodness. That's more than I'd save in years."),
            (
                "accountant",
                "Probably nine or ten years, on my figures. And company mortgages tend to cost about half a percent more.",
            ),
            ("landlord", "So it's a no, then?"),
            (
                "accountant",
                "For the existing houses, I'd say no. But if you buy number six, it could make sense to buy that one in a company from the start.",
            ),
            ("landlord", "That's a good compromise. Anything else I should be thinking about?"),
            (
                "accountant",
                "Making Tax Digital. From April 2026, landlords with income over £50,000 have to keep digital records and send quarterly updates to HMRC, so you'll be in the first wave.",
            ),
            ("landlord", "Quarterly? I barely manage once a year."),
            (
                "accountant",
                "You'll need compatible software. I'd suggest starting this autumn so the first real quarter isn't a shock.",
            ),
            ("landlord", "Will your fees go up?"),
            (
                "accountant",
                "A little, yes, probably around £40 a month extra for the quarterly work. I'll put it in writing.",
            ),
        ],
    },
}

QUESTIONS = [
    # m_faulty_washer
    (
        "Which shop sold Denise the washing machine and for how much?",
        "m_faulty_washer",
        ["I bought a washing"],
    ),
    (
        "How long after buying it did the machine break down?",
        "m_faulty_washer",
        ["Five weeks later the"],
    ),
    (
        "What excuse did the store give for not dealing with the broken washer?",
        "m_faulty_washer",
        ["The lady on the"],
    ),
    (
        "Is it the manufacturer or the shop that has to sort out the faulty appliance?",
        "m_faulty_washer",
        ["Your contract is with"],
    ),
    (
        "Why can't Denise simply get a full refund now?",
        "m_faulty_washer",
        ["Sadly the short-term right"],
    ),
    (
        "Does Denise need to prove the washing machine was already faulty on delivery?",
        "m_faulty_washer",
        ["For the first six"],
    ),
    (
        "What would it cost to replace the ruined kitchen floor covering?",
        "m_faulty_washer",
        ["The lino is ruined"],
    ),
    (
        "What should Denise put in her letter to the retailer?",
        "m_faulty_washer",
        ["Send a short letter"],
    ),
    (
        "What options does she have if the shop keeps saying no?",
        "m_faulty_washer",
        ["She paid by debit"],
    ),
    # m_faulty_laptop
    (
        "Where did Marcus buy the laptop and how did he pay?",
        "m_faulty_laptop",
        ["I ordered it online"],
    ),
    ("When did the screen problems first appear?", "m_faulty_laptop", ["About eight months after"]),
    (
        "How can Marcus show the flickering is a genuine defect?",
        "m_faulty_laptop",
        ["An independent repairer can"],
    ),
    (
        "How much does an independent report on the fault cost?",
        "m_faulty_laptop",
        ["It usually costs somewhere"],
    ),
    (
        "Why is Marcus now allowed to reject the laptop?",
        "m_faulty_laptop",
        ["The retailer gets one"],
    ),
    (
        "How much could the shop knock off the refund for the time he used it?",
        "m_faulty_laptop",
        ["For a laptop that's"],
    ),
    (
        "What difference does using a credit card make for the laptop claim?",
        "m_faulty_laptop",
        ["Because it cost more"],
    ),
    (
        "Does the expired cooling-off period stop him claiming?",
        "m_faulty_laptop",
        ["The 14 days for"],
    ),
    (
        "Why does Marcus want his money rather than a replacement?",
        "m_faulty_laptop",
        ["I've lost trust in"],
    ),
    # m_tax_first_return
    (
        "When did Sofia start working as a freelancer?",
        "m_tax_first_return",
        ["I went freelance in"],
    ),
    (
        "Why should Sofia register with HMRC straight away?",
        "m_tax_first_return",
        ["You were meant to"],
    ),
    (
        "What's the fine for sending the tax return in late?",
        "m_tax_first_return",
        ["The deadline for online"],
    ),
    (
        "What business costs can an illustrator claim?",
        "m_tax_first_return",
        ["For an illustrator that's"],
    ),
    (
        "How much can she claim for using her spare room as an office?",
        "m_tax_first_return",
        ["The simplest way is"],
    ),
    (
        "Why might Sofia pay much more than she expected in January?",
        "m_tax_first_return",
        ["If your bill is"],
    ),
    (
        "How much of her earnings should she set aside for tax?",
        "m_tax_first_return",
        ["Put a third of"],
    ),
    (
        "Does the adviser think Sofia needs an accountant?",
        "m_tax_first_return",
        ["For a simple sole"],
    ),
    # m_tax_cant_pay
    ("Roughly how big is the plumber's tax bill?", "m_tax_cant_pay", ["My return's nearly done"]),
    ("Why doesn't Trevor have the money for his tax?", "m_tax_cant_pay", ["A big job in"]),
    (
        "Why send the return on time even if you can't pay?",
        "m_tax_cant_pay",
        ["Filing late and paying"],
    ),
    (
        "What extra charges pile up if the tax isn't paid by the deadline?",
        "m_tax_cant_pay",
        ["Interest starts running from", "If it's still unpaid"],
    ),
    (
        "Over how many months can the tax bill be spread, and who qualifies?",
        "m_tax_cant_pay",
        ["If you owe less"],
    ),
    (
        "Is an instalment plan with HMRC completely free?",
        "m_tax_cant_pay",
        ["You still pay interest"],
    ),
    (
        "Which expenses did the adviser think the plumber had missed?",
        "m_tax_cant_pay",
        ["What about protective clothing"],
    ),
    (
        "How much did the client who never paid Trevor owe him?",
        "m_tax_cant_pay",
        ["That one's £1,800, so"],
    ),
    (
        "What proof should he keep about the unpaid job?",
        "m_tax_cant_pay",
        ["Just keep the invoices"],
    ),
    # m_mortgage_first_home
    (
        "How much did Lucy and Amir offer for the flat?",
        "m_mortgage_first_home",
        ["It's a two-bed in"],
    ),
    (
        "How much have the couple got for their deposit?",
        "m_mortgage_first_home",
        ["Just under £30,000.", "About £12,000 of that"],
    ),
    (
        "Why could getting the Lifetime ISA money take a while?",
        "m_mortgage_first_home",
        ["Just remember the conveyancer"],
    ),
    (
        "Is it worth saving more to get into a cheaper loan-to-value band?",
        "m_mortgage_first_home",
        ["You'd need about £8,000", "On your figures it"],
    ),
    (
        "What's the most lenders would let the couple borrow?",
        "m_mortgage_first_home",
        ["With combined income of"],
    ),
    (
        "Which fixed term did the broker recommend and why?",
        "m_mortgage_first_home",
        ["Personally I'd lean to", "Your budget's tight in"],
    ),
    (
        "What would they pay each month on a 35-year term?",
        "m_mortgage_first_home",
        ["Over 35 years it"],
    ),
    (
        "What documents does the broker need from the first-time buyers?",
        "m_mortgage_first_home",
        ["I'll send a list"],
    ),
    # m_mortgage_remortgage
    (
        "When does Jean's current fixed mortgage deal end?",
        "m_mortgage_remortgage",
        ["My fixed rate ends"],
    ),
    (
        "What rate would Jean be charged if she did nothing?",
        "m_mortgage_remortgage",
        ["I'm on 1.9% now"],
    ),
    (
        "How early can you secure a new mortgage deal?",
        "m_mortgage_remortgage",
        ["The good news is"],
    ),
    (
        "How much does Jean still owe on her home?",
        "m_mortgage_remortgage",
        ["The balance is about"],
    ),
    ("What is her current bank offering her?", "m_mortgage_remortgage", ["Your own bank is"]),
    (
        "Is the cheaper rate worth paying the arrangement fee for?",
        "m_mortgage_remortgage",
        ["The cheapest outside deal", "On your balance the"],
    ),
    (
        "How long does it take to move to a different lender?",
        "m_mortgage_remortgage",
        ["There's a valuation and"],
    ),
    (
        "Why did borrowing for the kitchen tip the decision towards a new lender?",
        "m_mortgage_remortgage",
        ["A product transfer usually"],
    ),
    (
        "Can Jean keep paying off extra on the new mortgage?",
        "m_mortgage_remortgage",
        ["Yes, both allow 10%"],
    ),
    # m_will_second_marriage
    ("When did Mr Doyle and Helen get married?", "m_will_second_marriage", ["We made wills years"]),
    (
        "Why might the couple's old wills not be valid anymore?",
        "m_will_second_marriage",
        ["In England, getting married"],
    ),
    (
        "What would happen to his estate if he died before making a new will?",
        "m_will_second_marriage",
        ["If you died now"],
    ),
    (
        "What's the danger of wills that leave everything to the surviving spouse?",
        "m_will_second_marriage",
        ["The survivor could change"],
    ),
    (
        "How would the life interest trust work for his wife and his sons?",
        "m_will_second_marriage",
        ["Helen could live in"],
    ),
    (
        "Who did the solicitor suggest choosing as executors?",
        "m_will_second_marriage",
        ["Ideally two people, and", "Some clients choose a"],
    ),
    (
        "How much will the wills with the trust cost?",
        "m_will_second_marriage",
        ["With the trust it's"],
    ),
    ("Who is not allowed to witness the signing?", "m_will_second_marriage", ["And when you sign"]),
    # m_probate_fathers_estate
    ("When did Rachel's father die?", "m_probate_fathers_estate", ["My dad died in"]),
    ("What is her dad's estate made up of?", "m_probate_fathers_estate", ["The house is probably"]),
    (
        "Will Rachel and her brother owe inheritance tax?",
        "m_probate_fathers_estate",
        ["Then there's likely no"],
    ),
    (
        "Which tax-free allowances can be used on the father's estate?",
        "m_probate_fathers_estate",
        ["Your dad had his"],
    ),
    (
        "Can the brother go ahead and sell the house straight away?",
        "m_probate_fathers_estate",
        ["You can put it"],
    ),
    (
        "How long is the probate office taking at the moment?",
        "m_probate_fathers_estate",
        ["At the moment applications"],
    ),
    (
        "How much would the solicitors charge to deal with the whole estate?",
        "m_probate_fathers_estate",
        ["If you want us"],
    ),
    (
        "Why should executors advertise for creditors before paying out?",
        "m_probate_fathers_estate",
        ["If a debt turns"],
    ),
    (
        "Did Rachel decide to use the solicitor or go it alone?",
        "m_probate_fathers_estate",
        ["I think we'll try"],
    ),
    # m_debt_credit_cards
    (
        "How many cards does the caller have and how much is owed?",
        "m_debt_credit_cards",
        ["I've got four credit", "Altogether it's about £18,000"],
    ),
    (
        "Why are credit card debts treated as less urgent than rent or energy?",
        "m_debt_credit_cards",
        ["Credit cards are serious"],
    ),
    (
        "Why did the adviser warn against taking a consolidation loan?",
        "m_debt_credit_cards",
        ["People often clear the"],
    ),
    (
        "What happens first before choosing a debt solution?",
        "m_debt_credit_cards",
        ["First we'll do a"],
    ),
    (
        "How does a debt management plan actually work?",
        "m_debt_credit_cards",
        ["You make one monthly"],
    ),
    (
        "How long will the plan show up on the caller's credit file?",
        "m_debt_credit_cards",
        ["Honestly, it will affect"],
    ),
    (
        "What does the Breathing Space scheme protect you from?",
        "m_debt_credit_cards",
        ["It's a government scheme"],
    ),
    ("What did Owen ask the caller to send him?", "m_debt_credit_cards", ["Before we hang up"]),
    # m_debt_household_arrears
    (
        "How has the type of client at the debt charity changed?",
        "m_debt_household_arrears",
        ["Three years ago most"],
    ),
    (
        "What happens if you miss a council tax payment and ignore the reminder?",
        "m_debt_household_arrears",
        ["With council tax, if", "The whole of the"],
    ),
    (
        "How much do enforcement agents add to council tax debts?",
        "m_debt_household_arrears",
        ["Then the council goes"],
    ),
    (
        "What should you do as soon as you miss a council tax instalment?",
        "m_debt_household_arrears",
        ["So my message is"],
    ),
    (
        "How far behind on rent before a private landlord can seek possession?",
        "m_debt_household_arrears",
        ["If you rent privately"],
    ),
    (
        "What help can the council give tenants who are behind on rent?",
        "m_debt_household_arrears",
        ["Councils have a pot"],
    ),
    (
        "How much extra income did benefit checks find for clients on average?",
        "m_debt_household_arrears",
        ["Last year our benefit"],
    ),
    (
        "When can people contact Anchor Money Advice?",
        "m_debt_household_arrears",
        ["Our helpline is open"],
    ),
    # m_scam_safe_account
    (
        "Why did Colin believe the call was really from his bank?",
        "m_scam_safe_account",
        ["It was a Tuesday"],
    ),
    (
        "What personal information did the fraudster already know?",
        "m_scam_safe_account",
        ["He knew my name"],
    ),
    (
        "How do scammers get people's details and fake the caller number?",
        "m_scam_safe_account",
        ["Those details are often"],
    ),
    (
        "How much money did Colin send to the criminals?",
        "m_scam_safe_account",
        ["I transferred £11,000 in"],
    ),
    (
        "Who made Colin realise he had been conned?",
        "m_scam_safe_account",
        ["About an hour later", "She said straight away"],
    ),
    (
        "Did Colin get his savings back, and how long did it take?",
        "m_scam_safe_account",
        ["I did, all of"],
    ),
    (
        "What's the maximum banks must now pay back to scam victims?",
        "m_scam_safe_account",
        ["Since October 2024, banks"],
    ),
    (
        "Which number should you ring if you doubt a call from your bank?",
        "m_scam_safe_account",
        ["Hang up and call"],
    ),
    (
        "What is the one thing a genuine bank will never ask you to do?",
        "m_scam_safe_account",
        ["The one rule to"],
    ),
    # m_scam_investment_ad
    (
        "Where did Dev first come across the trading platform?",
        "m_scam_investment_ad",
        ["With an advert on"],
    ),
    (
        "Was the TV presenter in the ad actually involved?",
        "m_scam_investment_ad",
        ["The celebrity has nothing"],
    ),
    ("How much did Dev invest at the beginning?", "m_scam_investment_ad", ["Only about £250 to"]),
    ("How much did Dev lose altogether?", "m_scam_investment_ad", ["In total it came"]),
    (
        "What happened when Dev asked to take his money out?",
        "m_scam_investment_ad",
        ["They said I had"],
    ),
    (
        "What's the giveaway that an investment firm is fake?",
        "m_scam_investment_ad",
        ["A genuine firm takes"],
    ),
    (
        "How can you check an investment company before paying?",
        "m_scam_investment_ad",
        ["Look the firm up"],
    ),
    (
        "What should you know about firms offering to get lost money back?",
        "m_scam_investment_ad",
        ["Recovery scams target people"],
    ),
    (
        "Who did Dev report the fake investment to?",
        "m_scam_investment_ad",
        ["Yes, to Action Fraud"],
    ),
    # m_landlord_expenses
    (
        "How much rent did Brian's flats bring in last year?",
        "m_landlord_expenses",
        ["Two flats in Leeds"],
    ),
    (
        "Why was one of the flats empty for a while?",
        "m_landlord_expenses",
        ["Though one was empty"],
    ),
    ("What did the new bathroom cost?", "m_landlord_expenses", ["It came to £4,300."]),
    (
        "Can Brian set the bathroom work against his rental income?",
        "m_landlord_expenses",
        ["Then that's a repair"],
    ),
    (
        "Is there any tax relief for improvements to a rental flat?",
        "m_landlord_expenses",
        ["Only when you sell.", "It reduces the gain"],
    ),
    (
        "How does Brian get tax relief on his mortgage interest?",
        "m_landlord_expenses",
        ["You can't deduct it", "Instead you get a"],
    ),
    (
        "Why is the interest rule worse for someone on the higher rate?",
        "m_landlord_expenses",
        ["You pay 40% on"],
    ),
    (
        "Can he claim for furniture bought for a flat for the first time?",
        "m_landlord_expenses",
        ["The very first furnishings"],
    ),
    (
        "How much can Brian claim for driving to his properties?",
        "m_landlord_expenses",
        ["That's just under £490"],
    ),
    # m_landlord_limited_company
    (
        "Who suggested Carol move her rentals into a company?",
        "m_landlord_limited_company",
        ["My neighbour's moved all"],
    ),
    (
        "How many houses does she own and what rent do they bring in?",
        "m_landlord_limited_company",
        ["Five, all in Swindon", "Rent is around £62,000"],
    ),
    (
        "What tax advantages does owning property through a company have?",
        "m_landlord_limited_company",
        ["A company pays corporation"],
    ),
    (
        "Why would transferring her existing houses be so costly?",
        "m_landlord_limited_company",
        ["Because moving the houses"],
    ),
    (
        "How much stamp duty would the transfer trigger?",
        "m_landlord_limited_company",
        ["On rough numbers, the"],
    ),
    (
        "How long before the tax savings would pay back the cost of switching?",
        "m_landlord_limited_company",
        ["Probably nine or ten"],
    ),
    (
        "What did the accountant suggest for her next purchase?",
        "m_landlord_limited_company",
        ["But if you buy"],
    ),
    (
        "When will she have to start sending quarterly updates to the tax office?",
        "m_landlord_limited_company",
        ["From April 2026, landlords"],
    ),
    (
        "How much more will the accountant charge for the extra work?",
        "m_landlord_limited_company",
        ["A little, yes, probably"],
    ),
]
