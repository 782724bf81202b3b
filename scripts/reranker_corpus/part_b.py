"""Customer-service phone calls (broadband, card fraud, insurance, airlines, energy, renting, mobile)  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "b_broadband_dropouts": {
        "turns": [
            (
                "agent",
                "Thanks for calling Brightline Broadband, my name is Priya. How can I help today?",
            ),
            (
                "caller",
                "Hi Priya. My internet keeps cutting out, usually in the evenings, and it has been going on for about ten days now.",
            ),
            ("agent", "I'm sorry to hear that. Can I take the account number, please?"),
            ("caller", "It's 4471 9920. The account is under Daniel Okafor."),
            ("agent", "Thank you, Daniel. How often does it drop, roughly?"),
            (
                "caller",
                "Maybe six or seven times a night. Each time it comes back after a couple of minutes, but it kills my video calls for work.",
            ),
            ("agent", "Right. And what does the light on the router do when it happens?"),
            ("caller", "It flashes orange. Normally it's solid white."),
            (
                "agent",
                "Orange means the router has lost sync with the line. Have you tried plugging it into a different socket?",
            ),
            ("caller", "We only have the one master socket, in the hallway by the front door."),
            ("agent", "Okay. I'm running a line test now, bear with me."),
            ("caller", "Sure."),
            (
                "agent",
                "The test shows noise on the line, which usually points to a fault outside your home, possibly in the green cabinet on your street.",
            ),
            ("caller", "So it's not my equipment?"),
            (
                "agent",
                "Very unlikely, to be honest. I'm booking an engineer for Thursday between 8 and 1.",
            ),
            ("caller", "Thursday works. Will I be charged for the visit?"),
            (
                "agent",
                "No, if the fault is on our network there's no charge. If it turns out to be the wiring inside your house, it would be £65.",
            ),
            ("caller", "Fair enough. Can I get anything back for the days it's been unusable?"),
            (
                "agent",
                "Yes, I've added a credit of £12 to your next bill for the disruption. And if the engineer misses the appointment, you get £30 automatically.",
            ),
            ("caller", "That's reasonable. Thanks for your help, Priya."),
        ],
    },
    "b_broadband_slow_speed": {
        "turns": [
            ("agent", "Good afternoon, Fibrenet support, this is Marcus. What can I do for you?"),
            (
                "caller",
                "Hello. I'm paying for the 500 megabit package, but the speed tests I run are showing about 40.",
            ),
            ("agent", "That is a big gap. When did you move up to that package?"),
            (
                "caller",
                "Back in March, so about four months ago. It seemed fine for the first few weeks.",
            ),
            ("agent", "And are you testing over wifi or with a cable?"),
            ("caller", "Wifi, on my laptop in the back bedroom."),
            ("agent", "Okay, that could be part of it. Is the router in the living room?"),
            ("caller", "Front room, yes, behind the television."),
            (
                "agent",
                "Televisions and thick walls both block the signal quite a lot. Could you plug the laptop straight into the router and run the test again?",
            ),
            ("caller", "Give me a second. Right, it's plugged in."),
            ("agent", "Go on."),
            ("caller", "Now it says 310."),
            (
                "agent",
                "So the line itself is mostly fine, and the bigger problem is the wifi reaching that room. Your router is also an older model, the Hub 3, which tops out around 300 over wifi anyway.",
            ),
            ("caller", "So nobody told me the router couldn't handle the speed I'm paying for?"),
            (
                "agent",
                "I can only apologise for that. I'll send you the Hub 6 free of charge, and it should arrive within 3 working days.",
            ),
            ("caller", "And what about the back bedroom?"),
            (
                "agent",
                "I'd suggest a mesh booster. We rent those at £3 a month, or you can buy your own.",
            ),
            (
                "caller",
                "I'll rent one for now. I also want something for the months I've been overpaying.",
            ),
            (
                "agent",
                "That's fair. I've applied a 50% discount on your monthly bill for the next 2 months.",
            ),
            ("caller", "Okay, that's better. Thank you, Marcus."),
        ],
    },
    "b_card_fraud_online": {
        "turns": [
            (
                "agent",
                "You're through to the fraud team at Harbour Bank, I'm Jo. Before we start, can you confirm your date of birth?",
            ),
            ("caller", "Yes, it's the 14th of August 1979."),
            ("agent", "Thank you. How can I help?"),
            (
                "caller",
                "I've just looked at my app and there are three payments I didn't make. They're all to an electronics website I've never heard of.",
            ),
            ("agent", "Can you read me the amounts?"),
            (
                "caller",
                "£249, £249 again, and then £18.99. All from yesterday, around 2 in the morning.",
            ),
            (
                "agent",
                "I can see them. They were made in euros and converted, which suggests a site based abroad.",
            ),
            ("caller", "I was asleep at that time, I can promise you that."),
            ("agent", "Of course. Do you still have the card with you?"),
            ("caller", "Yes, it's in my wallet right now."),
            (
                "agent",
                "That tells us the details were probably copied rather than the card stolen. Have you used it anywhere new recently?",
            ),
            (
                "caller",
                "I bought concert tickets from a resale site last week. That's the only unusual one.",
            ),
            (
                "agent",
                "That could well be where the number was taken. I'm cancelling this card now, and a new one will reach you by post in 5 to 7 days.",
            ),
            ("caller", "What about the money?"),
            (
                "agent",
                "The £516.99 will be refunded to your account within 48 hours while we investigate. You won't be liable for any of it.",
            ),
            ("caller", "That's a relief. Can I still use Apple Pay in the meantime?"),
            (
                "agent",
                "No, that's linked to the old card, so it stops too. But you can withdraw cash at a branch with photo ID.",
            ),
            ("caller", "Okay. Anything else I should do?"),
            (
                "agent",
                "Change the password on the resale site, and be wary of calls claiming to be from us. We'll never ask for your PIN.",
            ),
            ("caller", "Got it. Thanks, Jo."),
        ],
    },
    "b_card_fraud_cash_machine": {
        "turns": [
            (
                "caller",
                "Hello, I need to report something. My debit card got stuck in a cash machine on Saturday night, and now there are withdrawals I didn't make.",
            ),
            (
                "agent",
                "I'm sorry, that sounds stressful. I'm Callum from Northway Bank. Where was the machine?",
            ),
            (
                "caller",
                "At a petrol station on Mill Road, in Leeds. It wasn't a bank machine, just one of those standalone ones.",
            ),
            ("agent", "And what happened when the card got stuck?"),
            (
                "caller",
                "The screen froze, and a man behind me said it happens all the time and I should just ring the bank on Monday.",
            ),
            ("agent", "Right. Did he stand close to you while you typed your PIN?"),
            ("caller", "Now that you say it, yes, he was quite close."),
            (
                "agent",
                "Unfortunately that's a known trick. A device traps the card, and someone watches the PIN being entered.",
            ),
            ("caller", "So he took it out after I left?"),
            (
                "agent",
                "Very likely. I can see 2 withdrawals of £300 each, one at 11.40 pm and one just after midnight, at a different machine.",
            ),
            ("caller", "That's my rent money."),
            (
                "agent",
                "I understand. Because the PIN was used, I need to pass this to my supervisor. One moment.",
            ),
            (
                "supervisor",
                "Hello, this is Angela, I'm a supervisor in the fraud team. I've read Callum's notes.",
            ),
            ("caller", "Will I get the money back?"),
            (
                "supervisor",
                "In cases like this, where you reported it quickly and didn't hand over the PIN on purpose, we normally refund in full. I'm raising that now, and you should see the £600 back within 10 working days.",
            ),
            ("caller", "Ten days is a long time."),
            (
                "supervisor",
                "I know. If it helps, I can put an emergency credit of £200 on your account today.",
            ),
            ("caller", "Yes please, that would help."),
            (
                "supervisor",
                "Done. Your new card will be ready to collect from the Briggate branch tomorrow afternoon. I'd also report the machine to the police and give them the crime reference we send you.",
            ),
            ("caller", "Thank you, Angela."),
        ],
    },
    "b_burst_pipe_claim": {
        "turns": [
            (
                "handler",
                "Claims line, Holloway Home Insurance, this is Ben speaking. Are you calling about a new claim?",
            ),
            (
                "customer",
                "Yes. A pipe burst in our loft on Tuesday night and water came through the ceiling into the kitchen.",
            ),
            ("handler", "That sounds awful. Is everyone safe, and is the water off now?"),
            (
                "customer",
                "We're all fine. My husband found the stopcock under the sink and turned it off within about 20 minutes.",
            ),
            ("handler", "Good. Can you describe the damage?"),
            (
                "customer",
                "The kitchen ceiling has partly come down, the laminate floor has lifted, and our fridge freezer stopped working.",
            ),
            ("handler", "Okay. Do you know why the pipe burst?"),
            (
                "customer",
                "The plumber who came out the next morning said it froze. We'd been away and the heating was off.",
            ),
            ("handler", "Right. I have to ask, how long were you away?"),
            ("customer", "Eight nights in total. We got back on the Tuesday."),
            (
                "handler",
                "That's fine. Your policy only restricts cover if the house is empty for more than 30 days in a row.",
            ),
            ("customer", "Oh, good. I was worried about that."),
            (
                "handler",
                "Your excess for escape of water is £350, which will be taken off the final settlement.",
            ),
            ("customer", "Understood. What happens next?"),
            (
                "handler",
                "A loss adjuster will call you within 2 working days to arrange a visit. Please keep the plumber's invoice and take photos of everything before you throw anything away.",
            ),
            (
                "customer",
                "We've already taken loads of photos. Can we get the fridge replaced straight away? We've got nowhere to keep food.",
            ),
            (
                "handler",
                "Yes, you can buy a similar model now and send us the receipt. Keep the old one until the adjuster has seen it, if you can.",
            ),
            ("customer", "And the drying out? The plumber said the walls are soaked."),
            (
                "handler",
                "We'll send a drying company with dehumidifiers, probably for two to three weeks. If the kitchen becomes unusable, your policy also covers up to £50 a day for meals.",
            ),
            ("customer", "That's really helpful, thank you."),
        ],
    },
    "b_car_accident_claim": {
        "turns": [
            (
                "handler",
                "Motor claims, Alder Insurance, you're speaking to Fatima. Can I take your policy number?",
            ),
            ("driver", "It's AL 2290 314. I was in an accident this morning."),
            ("handler", "I'm sorry to hear that. Is anyone hurt?"),
            ("driver", "No, thankfully. Just shaken."),
            ("handler", "Can you tell me what happened?"),
            (
                "driver",
                "I was stopped at a red light on the A38 near Bromsgrove, and a van drove into the back of me.",
            ),
            ("handler", "Did you exchange details with the other driver?"),
            (
                "driver",
                "Yes. He admitted it straight away, he said he was looking at his satnav. I've got his name, his registration and his insurer, which is Castle Direct.",
            ),
            ("handler", "That's really useful. Were there any witnesses?"),
            (
                "driver",
                "A cyclist stopped and gave me her number. And I have a dash cam, so the whole thing is recorded.",
            ),
            ("handler", "Perfect. Please keep that footage safe and don't record over it."),
            ("driver", "I've already saved it to my laptop."),
            ("handler", "Great. How bad is the damage to your car?"),
            (
                "driver",
                "The rear bumper is crushed and the boot won't close. It's a 2019 Skoda Octavia.",
            ),
            ("handler", "Is it drivable?"),
            ("driver", "I drove it home, but only about a mile, slowly."),
            (
                "handler",
                "Since the other driver is at fault, we'll try to recover all costs from his insurer, so you shouldn't lose your no claims bonus.",
            ),
            ("driver", "That was my biggest worry. I've got 9 years."),
            (
                "handler",
                "We'll book it into our approved garage in Redditch and give you a courtesy car while it's repaired.",
            ),
            ("driver", "How long will the repair take?"),
            ("handler", "For that kind of damage, usually about a week, depending on parts."),
            ("driver", "And my excess?"),
            (
                "handler",
                "You'll pay the £250 up front, but we'll claim it back from Castle Direct and refund you once they accept liability.",
            ),
        ],
    },
    "b_airline_cancelled_flight": {
        "turns": [
            ("agent", "Welcome to SkyCoast Airways, my name is Leon. How can I help?"),
            (
                "passenger",
                "Hi, my flight to Lisbon tomorrow morning has just been cancelled. I got a text about an hour ago.",
            ),
            ("agent", "I'm sorry about that. Can I have the booking reference?"),
            ("passenger", "K, 7, Q, R, 2, M."),
            (
                "agent",
                "Thank you, Ms Hartley. I can see flight SC 412 was cancelled because of a strike by air traffic controllers in France.",
            ),
            ("passenger", "I'm going to a wedding on Saturday, so I really need to get there."),
            (
                "agent",
                "Understood. The next flight of ours with seats is on Friday at 6.15 in the evening.",
            ),
            (
                "passenger",
                "Friday evening is cutting it too fine. The rehearsal dinner is on Friday night.",
            ),
            (
                "agent",
                "Let me look at partner airlines. There's a seat on a flight from Gatwick on Thursday at 2.40 in the afternoon, with Aurora Air.",
            ),
            ("passenger", "But I booked from Heathrow."),
            (
                "agent",
                "I know, that's the catch. We can book it at no extra cost, and we'll refund a train ticket between the airports up to £40.",
            ),
            ("passenger", "Okay, I'll take the Gatwick one."),
            ("agent", "Done. Your new reference is on its way by email."),
            ("passenger", "Am I entitled to any compensation?"),
            (
                "agent",
                "Because the strike was outside our control, we don't pay the fixed compensation. But we will cover reasonable meal costs if you're delayed at the airport.",
            ),
            (
                "passenger",
                "That seems unfair, but fine. What about my checked bag? I paid £35 for it.",
            ),
            ("agent", "The bag allowance carries over to the new booking, so you won't pay again."),
            ("passenger", "And my seat? I'd paid for extra legroom."),
            (
                "agent",
                "That one can't transfer to a partner airline, so I'll refund the £22 for the seat back to your card.",
            ),
            ("passenger", "Thanks, Leon. You've been very helpful."),
        ],
    },
    "b_airline_missed_connection": {
        "turns": [
            ("agent", "Northstar Airlines rebooking desk, this is Siobhan."),
            (
                "passenger",
                "Hi, I'm calling from Frankfurt airport. My flight from Manchester landed 90 minutes late and I've missed my connection to Toronto.",
            ),
            ("agent", "I'm sorry. Was that all on one booking?"),
            ("passenger", "Yes, one ticket, booked through your website in January."),
            (
                "agent",
                "Good, that means we're responsible for getting you to Toronto. Let me check what's available.",
            ),
            ("passenger", "Thanks. I've got my two kids with me, they're 8 and 11."),
            ("agent", "Okay, so three seats together. Today's later flight is full, I'm afraid."),
            ("passenger", "Great."),
            (
                "agent",
                "The earliest I can get all three of you on is tomorrow at 10.05, arriving in Toronto at 12.30 local time.",
            ),
            ("passenger", "So we're stuck here overnight?"),
            (
                "agent",
                "Yes, and we'll pay for that. I've booked a family room at the airport hotel, and there's a shuttle from outside Terminal 1.",
            ),
            ("passenger", "What about food? The kids haven't eaten since breakfast."),
            (
                "agent",
                "You'll get meal vouchers worth 15 euros per person at the transfer desk. Just show them the new booking.",
            ),
            ("passenger", "And our suitcases?"),
            (
                "agent",
                "They're checked through to Toronto, so they'll stay airside and travel with you tomorrow. Do you have what you need for tonight?",
            ),
            (
                "passenger",
                "We've got a carry-on with toothbrushes and a change of clothes, so we'll manage.",
            ),
            (
                "agent",
                "Good. Also, because the delay was caused by a technical fault on the first flight, you're entitled to compensation of 600 euros each under the regulations.",
            ),
            ("passenger", "Each? Including the children?"),
            (
                "agent",
                "Yes, each passenger, so 1,800 in total. I'll send you the claim form by email.",
            ),
            ("passenger", "Well, that makes it a lot easier to swallow. Thanks, Siobhan."),
        ],
    },
    "b_energy_estimated_bill": {
        "turns": [
            (
                "advisor",
                "Thanks for calling Meridian Energy, you're speaking with Tom. What's the call about today?",
            ),
            (
                "customer",
                "I've had a bill for £840 for the last quarter. Normally it's about £250, so something's badly wrong.",
            ),
            (
                "advisor",
                "That is a big jump. Let me pull up the account. Can I confirm the address?",
            ),
            ("customer", "Flat 3, 17 Rowan Terrace."),
            (
                "advisor",
                "Thank you. I can see the last two bills were based on estimates, not actual readings.",
            ),
            ("customer", "Why? I thought I had a smart meter."),
            (
                "advisor",
                "You do, but it stopped sending readings to us in February. It's been in what we call dumb mode.",
            ),
            ("customer", "Nobody told me that."),
            (
                "advisor",
                "You're right, we should have. Could you read the numbers off the meter for me now?",
            ),
            ("customer", "Hang on. Okay, the electricity one says 24518."),
            (
                "advisor",
                "Thanks. That's a lot lower than our estimate, which assumed 27,300. So we've been overestimating by about 2,800 units.",
            ),
            ("customer", "So the bill is wrong."),
            (
                "advisor",
                "Exactly, yes. I'm cancelling that bill and reissuing it with your real reading. The new amount comes to £268.",
            ),
            ("customer", "That's more like it. What about the meter?"),
            (
                "advisor",
                "I'll book a technician to reset or replace it. The first slot is the 9th of next month.",
            ),
            ("customer", "And the direct debit? You put it up to £190 a month after the estimate."),
            ("advisor", "I'll put it back to £85, which matches your actual use."),
            (
                "customer",
                "I'd like to make a complaint as well, because this took me hours to sort out.",
            ),
            (
                "advisor",
                "I've logged it, and as a goodwill gesture I've added £30 to your account. If you're not happy with our final response, you can go to the Energy Ombudsman after 8 weeks.",
            ),
            ("customer", "Okay. Thank you, Tom."),
        ],
    },
    "b_energy_exit_fee": {
        "turns": [
            ("agent", "Hello, Lumen Power billing team, I'm Aisha. How can I help?"),
            (
                "customer",
                "Hi Aisha. I switched away from you in June, and now I've had a final bill that includes a £150 exit fee. I was told on the phone there wouldn't be one.",
            ),
            ("agent", "Let me have a look. Which tariff were you on?"),
            ("customer", "The Fixed Saver 24, I think."),
            (
                "agent",
                "Yes, that's a two-year fixed deal, and it has an exit fee of £75 per fuel. You have gas and electricity, so that's £150.",
            ),
            (
                "customer",
                "But when I rang in May to ask, the person said I was within the last 49 days, so no fee.",
            ),
            (
                "agent",
                "Right, the rule is that there's no exit fee if you switch in the final 49 days of the fixed term. Let me check your dates.",
            ),
            ("customer", "Go on."),
            (
                "agent",
                "Your deal ends on the 30th of August. You switched on the 2nd of June, which is 89 days before the end.",
            ),
            ("customer", "So the person in May got it wrong?"),
            (
                "agent",
                "It looks that way. I can see a note on the account from the 20th of May saying you asked about exit fees, but it doesn't say what you were told.",
            ),
            ("customer", "I didn't record it, but I'm sure about what they said."),
            (
                "agent",
                "I believe you. I'll request the call recording, which usually takes about 5 working days.",
            ),
            ("customer", "And if it shows they told me no fee?"),
            (
                "agent",
                "Then we'll remove the £150 in full. Our advice mistakes shouldn't cost you.",
            ),
            ("customer", "And in the meantime, do I have to pay the final bill?"),
            (
                "agent",
                "Pay only the part for your energy, which is £63.40, and I'll put the exit fee on hold so you don't get any reminders.",
            ),
            ("customer", "That's sensible. Also, my final meter reading seems off."),
            (
                "agent",
                "We used the reading your new supplier sent in, 31207 for electricity. If yours is different, send us a photo of the meter with the date.",
            ),
            ("customer", "I'll do that tonight. Thanks, Aisha."),
        ],
    },
    "b_tenant_boiler_repair": {
        "turns": [
            (
                "tenant",
                "Hi Graham, it's Sophie from the flat on Elm Street. Sorry to ring on a Sunday.",
            ),
            ("landlord", "No problem, Sophie. What's up?"),
            (
                "tenant",
                "The boiler's stopped working. We've had no heating or hot water since Friday evening.",
            ),
            ("landlord", "Oh no. Is there an error code on the display?"),
            ("tenant", "It says F28. I looked it up and it seems to mean it's not getting gas."),
            ("landlord", "Have you checked the gas meter? Sometimes the prepayment runs out."),
            (
                "tenant",
                "It's not a prepayment meter, and the hob works fine, so the gas is getting to the flat.",
            ),
            ("landlord", "Fair point. I'll call my heating engineer, Dev, first thing tomorrow."),
            ("tenant", "Tomorrow? It's 4 degrees outside and my daughter has a cold."),
            (
                "landlord",
                "I hear you. Let me try him tonight, and if he can't come, I'll get an emergency callout from someone else.",
            ),
            ("tenant", "Thanks. Honestly, this is the third time since October."),
            (
                "landlord",
                "I know. Dev said last time it was the ignition, and he replaced the part.",
            ),
            ("tenant", "Well it hasn't fixed it. I think the boiler is just too old."),
            (
                "landlord",
                "It's 15 years old, so you may be right. If Dev says it needs replacing, I'll get a new one fitted.",
            ),
            ("tenant", "In the meantime, can we use electric heaters? They'll put our bill up."),
            (
                "landlord",
                "Yes, I'll drop two oil-filled heaters round this afternoon, and take £40 off this month's rent for the extra electricity.",
            ),
            ("tenant", "That's fair. Can you let me know when Dev is coming? I'll need to be in."),
            (
                "landlord",
                "I'll text you as soon as I've spoken to him. You've got a key safe, so if you're at work he can let himself in, if you're okay with that.",
            ),
            ("tenant", "Yes, that's fine, as long as you tell me first."),
            ("landlord", "Will do. Sorry again, Sophie."),
        ],
    },
    "b_tenant_damp_mould": {
        "turns": [
            ("agent", "Good morning, Carter and Lowe Lettings, Hannah speaking."),
            (
                "tenant",
                "Hi, it's Raj Patel from flat 6, 42 Canal Street. I've emailed twice about the mould in the bedroom and nobody's replied.",
            ),
            ("agent", "I'm sorry, Raj. Let me find the emails. When did you send the first one?"),
            ("tenant", "The 3rd of November. It's nearly three weeks now."),
            (
                "agent",
                "I've found them. You attached photos of black mould around the window and behind the wardrobe.",
            ),
            (
                "tenant",
                "Yes, and it's spread since then. There's a damp patch on the outside wall about a metre wide now.",
            ),
            (
                "agent",
                "The landlord's first response, which I should have passed on, was that it's condensation from drying clothes indoors.",
            ),
            (
                "tenant",
                "I don't dry clothes indoors. There's a dryer in the building's laundry room.",
            ),
            ("agent", "Okay, I'll note that. Do you open the windows and use the extractor fan?"),
            (
                "tenant",
                "Every day. And the fan in the bathroom barely works, which I've also reported.",
            ),
            (
                "agent",
                "Right. In that case I think we need someone to actually look at it, rather than guess.",
            ),
            ("tenant", "That's all I'm asking for. My son has asthma and it's getting worse."),
            (
                "agent",
                "That makes it urgent. I'm booking a damp surveyor to inspect on Wednesday morning, and the landlord will pay for that.",
            ),
            ("tenant", "What if he finds it's a leak or something structural?"),
            (
                "agent",
                "Then it's the landlord's responsibility to fix, and I'll make sure it's done. Under the new rules, landlords have to act on damp and mould hazards within set time limits.",
            ),
            ("tenant", "And the fan?"),
            ("agent", "Our handyman can replace it this Friday. It's a quick job."),
            (
                "tenant",
                "Good. And what about my wardrobe? The back is ruined and some clothes have mould on them.",
            ),
            (
                "agent",
                "Keep the items and take photos. Your contents insurance may cover it, and if the surveyor finds a building fault, you could claim from the landlord.",
            ),
            ("tenant", "Thanks. I'd just like a reply to emails in future."),
            (
                "agent",
                "Fair enough. I'll be your named contact from now on, and I'll call you after Wednesday's visit.",
            ),
        ],
    },
    "b_mobile_contract_upgrade": {
        "turns": [
            ("agent", "Hi, you're through to Vantage Mobile, I'm Kieran. What can I help with?"),
            (
                "customer",
                "Hello. My contract ends next month and I want to know my options before I get renewed onto something expensive.",
            ),
            (
                "agent",
                "Good thinking. You're currently paying £42 a month, and that includes the phone, which you'll have paid off on the 18th.",
            ),
            ("customer", "So what happens after the 18th if I do nothing?"),
            (
                "agent",
                "You'd go onto a rolling monthly plan at £21, since you'd just be paying for the airtime.",
            ),
            ("customer", "Half price, basically. Why doesn't anybody tell you that?"),
            ("agent", "We do send a text, but I agree it's easy to miss."),
            (
                "customer",
                "My phone still works well, but the battery's weak. What would a new one cost?",
            ),
            (
                "agent",
                "The newest model on a 24 month plan with 100 gigabytes of data would be £58 a month, with nothing upfront.",
            ),
            ("customer", "That's a lot more than I pay now."),
            (
                "agent",
                "It is. Another option is a SIM only deal. I can do unlimited data for £15 a month on a 12 month contract.",
            ),
            ("customer", "Unlimited for 15? That's cheaper than the rolling plan."),
            ("agent", "Exactly, yes, it's loyalty pricing."),
            ("customer", "And the battery?"),
            (
                "agent",
                "Our repair partner replaces batteries for £69, and it takes about an hour in store.",
            ),
            (
                "customer",
                "So battery plus SIM only works out much cheaper over two years than a new phone.",
            ),
            ("agent", "By my reckoning, you'd save around £950 over the two years."),
            ("customer", "Let's do that. Does the SIM only deal start straight away?"),
            (
                "agent",
                "It starts on the 18th, when your current plan ends, so there's no overlap. And you keep your number.",
            ),
            ("customer", "Perfect, thanks Kieran."),
        ],
    },
    "b_mobile_roaming_charges": {
        "turns": [
            ("agent", "Thanks for calling Orbit Mobile, this is Grace. How can I help?"),
            (
                "customer",
                "Hi Grace. I've got a bill for £312 and I'm normally on £20 a month. It's all roaming charges from a trip to Turkey.",
            ),
            ("agent", "Let me look. When were you there?"),
            ("customer", "Two weeks in July, from the 6th to the 20th."),
            (
                "agent",
                "I see. Turkey isn't in our roaming zone, so it isn't covered by your plan the way Spain or France would be.",
            ),
            ("customer", "I didn't know that. I assumed it counted as Europe."),
            (
                "agent",
                "A lot of people do. Most of the charge is data, about 3 gigabytes used on the 9th, at our out-of-zone rate.",
            ),
            ("customer", "The 9th? That was the day we drove to Cappadocia and used maps all day."),
            ("agent", "That would do it. Satnav apps use a lot of data."),
            ("customer", "But shouldn't there be a cap? I thought there was a limit."),
            (
                "agent",
                "There is a spending cap, but it's set by the customer, and yours was turned off in 2021.",
            ),
            ("customer", "I don't remember doing that."),
            (
                "agent",
                "The notes say it was removed when you changed plans, which may have happened automatically. That's not great.",
            ),
            ("customer", "No, it isn't. Did you not send any warning texts?"),
            (
                "agent",
                "We sent one text when you arrived, listing the prices. But I can't see a usage warning, and we should have sent one at £50.",
            ),
            ("customer", "So what can you do?"),
            (
                "agent",
                "Since the warning wasn't sent, I'm reducing the roaming charges to £50, so your total bill becomes £70.",
            ),
            ("customer", "That's a huge difference. Thank you."),
            (
                "agent",
                "I'm also switching your spending cap back on, at £10 above your monthly price.",
            ),
            ("customer", "Good. And next time?"),
            (
                "agent",
                "For places outside the zone, you can buy a travel pass for £5 a day with 1 gigabyte included. Just text PASS to 2020 before you go.",
            ),
            ("customer", "I'll remember that. Thanks, Grace."),
        ],
    },
}

QUESTIONS = [
    # b_broadband_dropouts
    (
        "How long has the evening internet outage problem been happening?",
        "b_broadband_dropouts",
        ["My internet keeps cutting"],
    ),
    (
        "How many times per night does the connection go down?",
        "b_broadband_dropouts",
        ["Maybe six or seven"],
    ),
    (
        "What colour does the router light turn when the line drops?",
        "b_broadband_dropouts",
        ["It flashes orange"],
    ),
    (
        "What does it mean when the router shows an orange light?",
        "b_broadband_dropouts",
        ["Orange means the router"],
    ),
    (
        "Where is the only phone socket in Daniel's house?",
        "b_broadband_dropouts",
        ["We only have the"],
    ),
    (
        "What did the line test reveal about the dropouts?",
        "b_broadband_dropouts",
        ["The test shows noise"],
    ),
    (
        "Could Daniel's own router be causing the disconnections?",
        "b_broadband_dropouts",
        ["Very unlikely, to"],
    ),
    (
        "When is the engineer coming out to look at the cutting-out line?",
        "b_broadband_dropouts",
        ["I'm booking an engineer"],
    ),
    (
        "What would Daniel pay if the fault is in his internal wiring?",
        "b_broadband_dropouts",
        ["If it turns out"],
    ),
    (
        "How much credit did Brightline give for the days without a working connection?",
        "b_broadband_dropouts",
        ["Yes, I've added a"],
    ),
    # b_broadband_slow_speed
    (
        "Which speed tier is the Fibrenet customer paying for?",
        "b_broadband_slow_speed",
        ["I'm paying for the"],
    ),
    (
        "When did the customer upgrade to the faster broadband plan?",
        "b_broadband_slow_speed",
        ["Back in March, so"],
    ),
    (
        "Where in the house is the Fibrenet router kept?",
        "b_broadband_slow_speed",
        ["Front room, yes,"],
    ),
    (
        "Why might the wireless signal be weak in the back bedroom?",
        "b_broadband_slow_speed",
        ["Televisions and thick walls"],
    ),
    (
        "What result did the speed test give once the laptop was connected by cable?",
        "b_broadband_slow_speed",
        ["Now it says 310"],
    ),
    (
        "What's the limit of the old Hub 3 router over wifi?",
        "b_broadband_slow_speed",
        ["Your router is also"],
    ),
    ("How soon will the new router arrive?", "b_broadband_slow_speed", ["I'll send you the"]),
    ("How much is it to hire a mesh booster?", "b_broadband_slow_speed", ["We rent those at"]),
    (
        "What was offered to make up for paying for speed the customer never got?",
        "b_broadband_slow_speed",
        ["I've applied a 50%"],
    ),
    # b_card_fraud_online
    (
        "How many payments did the Harbour Bank customer not recognise, and who were they to?",
        "b_card_fraud_online",
        ["I've just looked at"],
    ),
    (
        "What were the amounts of the suspicious online payments and when did they go through?",
        "b_card_fraud_online",
        ["£249, £249 again,"],
    ),
    (
        "Why did the fraud agent think the shop was in another country?",
        "b_card_fraud_online",
        ["They were made in"],
    ),
    (
        "What did it tell the bank that the customer still had the card in their wallet?",
        "b_card_fraud_online",
        ["That tells us the"],
    ),
    (
        "Where does the customer think their card number was stolen from?",
        "b_card_fraud_online",
        ["I bought concert tickets"],
    ),
    (
        "How long will it take for the replacement card to come in the post?",
        "b_card_fraud_online",
        ["I'm cancelling this card"],
    ),
    (
        "When will the money taken by the online fraudsters be returned?",
        "b_card_fraud_online",
        ["The £516.99 will be"],
    ),
    (
        "Can the customer keep paying with their phone while waiting for the new card?",
        "b_card_fraud_online",
        ["No, that's linked to"],
    ),
    (
        "What did Jo advise the customer to do after the call?",
        "b_card_fraud_online",
        ["Change the password on"],
    ),
    # b_card_fraud_cash_machine
    (
        "Where was the cash machine that swallowed the card?",
        "b_card_fraud_cash_machine",
        ["At a petrol station"],
    ),
    (
        "What did the man standing behind the caller tell them?",
        "b_card_fraud_cash_machine",
        ["The screen froze, and"],
    ),
    (
        "How does the card trapping scam at cash machines work?",
        "b_card_fraud_cash_machine",
        ["A device traps the"],
    ),
    (
        "How much cash was withdrawn by the thief and at what times?",
        "b_card_fraud_cash_machine",
        ["I can see 2"],
    ),
    (
        "Why did Callum hand the call over to someone more senior?",
        "b_card_fraud_cash_machine",
        ["Because the PIN was"],
    ),
    (
        "How long will it take for the stolen £600 to be refunded?",
        "b_card_fraud_cash_machine",
        ["I'm raising that now"],
    ),
    (
        "What help did Angela offer to tide the caller over?",
        "b_card_fraud_cash_machine",
        ["If it helps, I"],
    ),
    (
        "Where can the caller pick up their new debit card?",
        "b_card_fraud_cash_machine",
        ["Your new card will"],
    ),
    (
        "Who did the supervisor suggest reporting the cash machine to?",
        "b_card_fraud_cash_machine",
        ["I'd also report the"],
    ),
    # b_burst_pipe_claim
    (
        "Where did the pipe burst and which room got flooded?",
        "b_burst_pipe_claim",
        ["A pipe burst in"],
    ),
    ("How fast did they manage to stop the water?", "b_burst_pipe_claim", ["My husband found the"]),
    (
        "What was damaged when the water came through the ceiling?",
        "b_burst_pipe_claim",
        ["The kitchen ceiling has"],
    ),
    ("Why did the loft pipe split?", "b_burst_pipe_claim", ["The plumber who came"]),
    (
        "How long had the family been away from home before the leak?",
        "b_burst_pipe_claim",
        ["Eight nights in"],
    ),
    (
        "Does leaving the house empty affect the home insurance cover?",
        "b_burst_pipe_claim",
        ["Your policy only restricts"],
    ),
    (
        "What is the excess on the water leak claim?",
        "b_burst_pipe_claim",
        ["Your excess for escape"],
    ),
    (
        "Can they buy a new fridge before the assessor visits?",
        "b_burst_pipe_claim",
        ["Yes, you can buy"],
    ),
    ("How long will the dehumidifiers be needed?", "b_burst_pipe_claim", ["We'll send a drying"]),
    (
        "Is there money for food if they can't use the kitchen?",
        "b_burst_pipe_claim",
        ["If the kitchen becomes"],
    ),
    # b_car_accident_claim
    ("Where did the van hit the car?", "b_car_accident_claim", ["I was stopped at"]),
    (
        "Why did the van driver crash into the car?",
        "b_car_accident_claim",
        ["He admitted it straight"],
    ),
    (
        "What proof does the driver have of how the crash happened?",
        "b_car_accident_claim",
        ["And I have a"],
    ),
    ("What make and year is the damaged car?", "b_car_accident_claim", ["It's a 2019 Skoda"]),
    (
        "Will the driver lose their no claims discount because of the collision?",
        "b_car_accident_claim",
        ["Since the other driver"],
    ),
    (
        "How many years of claim-free driving has the driver built up?",
        "b_car_accident_claim",
        ["I've got 9 years"],
    ),
    (
        "Where will the car be repaired, and will the driver have something to drive meanwhile?",
        "b_car_accident_claim",
        ["We'll book it into"],
    ),
    ("How long will the bodywork repair take?", "b_car_accident_claim", ["For that kind of"]),
    (
        "Will the driver get the excess back after the accident?",
        "b_car_accident_claim",
        ["You'll pay the £250"],
    ),
    # b_airline_cancelled_flight
    ("Why was the Lisbon flight called off?", "b_airline_cancelled_flight", ["I can see flight"]),
    (
        "Why does Ms Hartley need to be in Lisbon by the weekend?",
        "b_airline_cancelled_flight",
        ["I'm going to a"],
    ),
    (
        "Why didn't the traveller want the Friday evening flight?",
        "b_airline_cancelled_flight",
        ["Friday evening is cutting", "The rehearsal dinner is"],
    ),
    (
        "What alternative flight did Leon find with another airline?",
        "b_airline_cancelled_flight",
        ["There's a seat on"],
    ),
    (
        "Who pays for the journey from Heathrow to Gatwick?",
        "b_airline_cancelled_flight",
        ["We can book it"],
    ),
    (
        "Is the passenger owed compensation for the strike cancellation?",
        "b_airline_cancelled_flight",
        ["Because the strike was"],
    ),
    (
        "Does she have to pay for her hold luggage again on the new flight?",
        "b_airline_cancelled_flight",
        ["The bag allowance carries"],
    ),
    (
        "What happens to the extra legroom seat she had paid for?",
        "b_airline_cancelled_flight",
        ["That one can't transfer"],
    ),
    # b_airline_missed_connection
    (
        "Why did the family miss their flight to Canada?",
        "b_airline_missed_connection",
        ["My flight from Manchester"],
    ),
    (
        "Why does the airline have to get them to Toronto?",
        "b_airline_missed_connection",
        ["Good, that means we're"],
    ),
    (
        "How old are the children travelling with the parent?",
        "b_airline_missed_connection",
        ["I've got my two"],
    ),
    (
        "When does the rebooked flight to Toronto leave and land?",
        "b_airline_missed_connection",
        ["The earliest I can"],
    ),
    (
        "Where will the family stay the night in Frankfurt?",
        "b_airline_missed_connection",
        ["I've booked a family"],
    ),
    (
        "How much are the meal vouchers worth?",
        "b_airline_missed_connection",
        ["You'll get meal vouchers"],
    ),
    (
        "What will happen to the family's checked suitcases?",
        "b_airline_missed_connection",
        ["They're checked through to"],
    ),
    (
        "Why is the family owed compensation for the delay?",
        "b_airline_missed_connection",
        ["Also, because the delay"],
    ),
    (
        "How much compensation can the three of them claim altogether?",
        "b_airline_missed_connection",
        ["Yes, each passenger, so"],
    ),
    # b_energy_estimated_bill
    (
        "How big was the quarterly energy bill compared with usual?",
        "b_energy_estimated_bill",
        ["I've had a bill"],
    ),
    (
        "Why was the Meridian bill so much higher than normal?",
        "b_energy_estimated_bill",
        ["I can see the"],
    ),
    (
        "When did the smart meter stop reporting readings?",
        "b_energy_estimated_bill",
        ["You do, but it"],
    ),
    (
        "What did the customer's electricity meter actually read?",
        "b_energy_estimated_bill",
        ["Okay, the electricity one"],
    ),
    (
        "By how many units had the supplier overestimated usage?",
        "b_energy_estimated_bill",
        ["So we've been overestimating"],
    ),
    (
        "What does the reissued bill come to with the real reading?",
        "b_energy_estimated_bill",
        ["The new amount comes"],
    ),
    (
        "When can a technician come to fix the smart meter?",
        "b_energy_estimated_bill",
        ["The first slot is"],
    ),
    (
        "What will the monthly direct debit go back to?",
        "b_energy_estimated_bill",
        ["I'll put it back"],
    ),
    (
        "Where can the customer take the complaint if Meridian's answer isn't good enough?",
        "b_energy_estimated_bill",
        ["If you're not happy"],
    ),
    # b_energy_exit_fee
    (
        "What unexpected charge was on the final bill after switching supplier?",
        "b_energy_exit_fee",
        ["I switched away from"],
    ),
    (
        "How is the £150 cancellation charge worked out?",
        "b_energy_exit_fee",
        ["Yes, that's a two-year"],
    ),
    (
        "When can you leave a fixed energy deal without paying a penalty?",
        "b_energy_exit_fee",
        ["Right, the rule is"],
    ),
    (
        "How many days before the end of the fixed term did the customer switch?",
        "b_energy_exit_fee",
        ["You switched on the"],
    ),
    (
        "Is there any record of the customer's May phone call about fees?",
        "b_energy_exit_fee",
        ["I can see a"],
    ),
    (
        "How long does it take to get hold of the call recording?",
        "b_energy_exit_fee",
        ["I'll request the call"],
    ),
    (
        "What happens if the recording proves the customer was told there was no fee?",
        "b_energy_exit_fee",
        ["Then we'll remove the"],
    ),
    (
        "Which part of the final bill should the customer pay while the fee is disputed?",
        "b_energy_exit_fee",
        ["Pay only the part"],
    ),
    (
        "What should the customer do if the closing meter reading looks wrong?",
        "b_energy_exit_fee",
        ["If yours is different,"],
    ),
    # b_tenant_boiler_repair
    (
        "How long has Sophie's flat been without heating?",
        "b_tenant_boiler_repair",
        ["We've had no heating"],
    ),
    ("What fault code was on the boiler display?", "b_tenant_boiler_repair", ["It says F28"]),
    (
        "How does Sophie know gas is still reaching the flat?",
        "b_tenant_boiler_repair",
        ["It's not a prepayment"],
    ),
    (
        "Why couldn't the boiler repair wait until Monday according to the tenant?",
        "b_tenant_boiler_repair",
        ["It's 4 degrees outside"],
    ),
    (
        "How many times has the boiler broken down this winter?",
        "b_tenant_boiler_repair",
        ["Honestly, this is the"],
    ),
    (
        "What did the heating engineer fix on his previous visit?",
        "b_tenant_boiler_repair",
        ["Dev said last time"],
    ),
    (
        "How old is the boiler, and will the landlord replace it?",
        "b_tenant_boiler_repair",
        ["It's 15 years old,"],
    ),
    (
        "What is Graham doing about the cost of using electric heaters?",
        "b_tenant_boiler_repair",
        ["Yes, I'll drop two"],
    ),
    (
        "How can the engineer get in if Sophie is at work?",
        "b_tenant_boiler_repair",
        ["You've got a key"],
    ),
    # b_tenant_damp_mould
    ("When did Raj first email about the mould?", "b_tenant_damp_mould", ["The 3rd of November"]),
    (
        "Where was the mould in the photos Raj sent?",
        "b_tenant_damp_mould",
        ["You attached photos of"],
    ),
    (
        "How large has the damp area on the wall become?",
        "b_tenant_damp_mould",
        ["There's a damp patch"],
    ),
    (
        "What did the landlord first say was causing the mould?",
        "b_tenant_damp_mould",
        ["The landlord's first response,"],
    ),
    ("Where does Raj dry his washing?", "b_tenant_damp_mould", ["There's a dryer in"]),
    (
        "Why is the mould affecting the family's health?",
        "b_tenant_damp_mould",
        ["My son has asthma"],
    ),
    (
        "When is the damp inspection and who is paying for it?",
        "b_tenant_damp_mould",
        ["I'm booking a damp"],
    ),
    (
        "When will the broken bathroom extractor be swapped?",
        "b_tenant_damp_mould",
        ["Our handyman can replace"],
    ),
    (
        "What should Raj do about his mouldy clothes and wardrobe?",
        "b_tenant_damp_mould",
        ["Keep the items and", "Your contents insurance may"],
    ),
    # b_mobile_contract_upgrade
    (
        "What does the Vantage customer pay each month at the moment?",
        "b_mobile_contract_upgrade",
        ["You're currently paying £42"],
    ),
    (
        "What happens if the customer lets the contract run out without changing anything?",
        "b_mobile_contract_upgrade",
        ["You'd go onto a"],
    ),
    (
        "Why is the customer thinking about a new handset?",
        "b_mobile_contract_upgrade",
        ["My phone still works"],
    ),
    (
        "How much would the latest phone cost per month?",
        "b_mobile_contract_upgrade",
        ["The newest model on"],
    ),
    (
        "What's the cheapest unlimited data option Kieran offered?",
        "b_mobile_contract_upgrade",
        ["I can do unlimited"],
    ),
    (
        "Why is the SIM only plan cheaper than the rolling one?",
        "b_mobile_contract_upgrade",
        ["Exactly, yes, it's"],
    ),
    (
        "How much does a new phone battery cost?",
        "b_mobile_contract_upgrade",
        ["Our repair partner replaces"],
    ),
    (
        "How much will the customer save over two years by keeping the old phone?",
        "b_mobile_contract_upgrade",
        ["By my reckoning, you'd"],
    ),
    ("When does the new SIM only deal begin?", "b_mobile_contract_upgrade", ["It starts on the"]),
    # b_mobile_roaming_charges
    (
        "Where was the holiday that led to the huge phone bill?",
        "b_mobile_roaming_charges",
        ["It's all roaming charges"],
    ),
    ("How long was the customer abroad?", "b_mobile_roaming_charges", ["Two weeks in July,"]),
    (
        "Why wasn't Turkey included in the customer's mobile plan?",
        "b_mobile_roaming_charges",
        ["Turkey isn't in our"],
    ),
    (
        "What was the customer doing on the day they used the most data?",
        "b_mobile_roaming_charges",
        ["That was the day"],
    ),
    (
        "Why didn't a spending limit stop the roaming costs?",
        "b_mobile_roaming_charges",
        ["There is a spending"],
    ),
    ("How did the cap end up switched off?", "b_mobile_roaming_charges", ["The notes say it"]),
    (
        "What warnings did Orbit send during the trip?",
        "b_mobile_roaming_charges",
        ["We sent one text"],
    ),
    (
        "How much will the phone bill be after Grace cut the roaming charges?",
        "b_mobile_roaming_charges",
        ["Since the warning wasn't"],
    ),
    (
        "How can the customer avoid big charges when travelling outside the zone next time?",
        "b_mobile_roaming_charges",
        ["For places outside the"],
    ),
]
