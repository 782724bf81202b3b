"""Family and community life radio: fostering, new parents, youth clubs, food banks, retirement villages, dog rescue, village fetes  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "p_foster_teens": {
        "turns": [
            (
                "host",
                "Good morning and welcome to Family Matters on Dale Radio. My guest today is Maureen Platt, who has fostered teenagers in Halifax for eleven years. Maureen, how did it start?",
            ),
            (
                "guest",
                "Thanks for having me. It started when my own two left for university in 2013 and the house felt far too quiet. I saw a leaflet at the library and rang the council the same afternoon.",
            ),
            ("host", "And how long before your first placement?"),
            ("guest", "About seven months, once the training and the assessment were done."),
            ("host", "How many young people have lived with you since then?"),
            (
                "guest",
                "Twenty three, if I count the short stays. The longest was a lad called Jordan who stayed almost four years.",
            ),
            ("host", "Why teenagers? Most people picture babies when they think of fostering."),
            (
                "guest",
                "That's exactly why. Teenagers are the hardest group to place, so agencies are always short of carers for them. I also find them funny, honestly, once they trust you.",
            ),
            ("host", "Right."),
            (
                "guest",
                "Mind you, the trust takes a while. Most of them test you for the first six weeks or so.",
            ),
            ("host", "What does that testing look like?"),
            (
                "guest",
                "Staying out late, refusing meals, slamming doors. I keep a calm voice and a fixed rule that dinner is at six whether they eat or not.",
            ),
            ("host", "What support do you get?"),
            (
                "guest",
                "A supervising social worker visits monthly, and there's a carers' group that meets every second Thursday in a church hall. The allowance is about £310 a week per child, which covers food, clothes and pocket money.",
            ),
            ("host", "Would you recommend it?"),
            (
                "guest",
                "Yes, but only if you have a spare room and a thick skin. I'd say talk to a carer before you apply, not just the council.",
            ),
            ("host", "Maureen Platt, thank you."),
            ("guest", "Pleasure."),
        ],
    },
    "p_foster_babies": {
        "turns": [
            (
                "host",
                "Welcome back to Family Matters. With me now are Dev and Anna Kapoor from Wakefield, who do emergency fostering for babies and toddlers. Dev, what does emergency mean here?",
            ),
            (
                "dev",
                "It means the phone can ring at two in the morning and a baby arrives an hour later with the police or a duty social worker. We've had one come in a car seat with nothing else, not even a nappy.",
            ),
            ("host", "Goodness."),
            (
                "anna",
                "So we keep a cupboard packed. Formula in three brands, nappies in every size, and a spare cot already built in the back bedroom.",
            ),
            ("host", "How long do the children usually stay?"),
            (
                "anna",
                "Anything from two nights to about three months. After that they go home, to relatives, or on to a longer term carer.",
            ),
            ("host", "That must be hard, saying goodbye."),
            ("dev", "It's the hardest part by far. Anna cries every time, and I pretend I don't."),
            (
                "anna",
                "He does cry. We write a little memory book for each child, with photos and notes about their first tooth or favourite song, and it goes with them.",
            ),
            ("host", "How many have you had?"),
            ("dev", "Forty one since we were approved in 2018."),
            ("host", "And were you both working when you started?"),
            (
                "anna",
                "I went part time at the pharmacy, three days a week. The agency asks that one carer is at home most of the time for emergency placements.",
            ),
            ("host", "Is the money enough to make that work?"),
            (
                "dev",
                "Just about. We get a retainer of £200 a week even when the cot is empty, which is what makes it possible for us.",
            ),
            ("host", "What would you say to couples who are unsure?"),
            (
                "anna",
                "Try respite fostering first, a weekend a month, to see whether it suits your household.",
            ),
            ("host", "Dev and Anna, thank you both."),
        ],
    },
    "p_parents_sleep": {
        "turns": [
            (
                "host",
                "You're listening to the New Parents' Hour on Riverside FM, and our health visitor Priya Shah is in the studio. First caller is Tom in Ashford. Tom, go ahead.",
            ),
            (
                "caller",
                "Hi. Our daughter is five months old and she wakes every ninety minutes through the night. My partner and I are taking turns but we're both falling apart.",
            ),
            (
                "expert",
                "That sounds exhausting, Tom. Does she fall asleep on her own at bedtime, or is she fed or rocked to sleep?",
            ),
            ("caller", "Rocked, usually. I walk her round the landing for about twenty minutes."),
            (
                "expert",
                "Right, so when she surfaces between sleep cycles she's looking for the landing walk again. Around five months is when a lot of babies hit that pattern.",
            ),
            ("caller", "So what do we do?"),
            (
                "expert",
                "Put her down drowsy but still awake, and stay close with a hand on her tummy. Expect it to take a week or two before you see a change.",
            ),
            ("host", "Should they be trying controlled crying?"),
            (
                "expert",
                "Some families use it, but I'd not start it before six months, and only if both parents agree they can stick with it.",
            ),
            ("caller", "My mum says we should give her baby rice in the evening to fill her up."),
            (
                "expert",
                "Lots of grandparents say that. The research doesn't back it up, and guidance now is to wait until around six months for solids anyway.",
            ),
            ("caller", "Fair enough."),
            ("host", "Priya, what about the parents themselves?"),
            (
                "expert",
                "Split the night into shifts rather than both waking. One of you sleeps with earplugs in another room from ten till three, then you swap.",
            ),
            ("caller", "We'll try that tonight."),
            (
                "host",
                "Thanks Tom, and good luck. If you're in Kent you can also ring the Sleep Line, which is open from eight till midnight.",
            ),
        ],
    },
    "p_parents_feeding": {
        "turns": [
            (
                "host",
                "Welcome back to the New Parents' Hour. Next on the line is Lauren from Maidstone, and joining us today is infant feeding adviser Grace Obi. Lauren, hello.",
            ),
            (
                "caller",
                "Hello. My son is seven months and I'm going back to my job at the bank in three weeks. He's breastfed and refuses every bottle we try.",
            ),
            ("expert", "That's really common, Lauren. How many bottles have you tried?"),
            ("caller", "Four different brands. He chews the teat and screams."),
            (
                "expert",
                "Have you tried an open cup instead? At seven months he can learn to sip from a small open cup or a free flow beaker, and you skip the bottle entirely.",
            ),
            ("caller", "I didn't know that was allowed."),
            ("expert", "It is. Nursery staff are used to it too."),
            ("host", "What about keeping her milk supply going when she's at work?"),
            (
                "expert",
                "Many mothers feed in the morning and again at night and find the supply adjusts within about ten days. If Lauren wants to pump at work, her employer has to give her a suitable place to rest, although the law isn't clear about pumping breaks themselves.",
            ),
            ("caller", "My manager already said there's a first aid room I can use."),
            (
                "expert",
                "Brilliant. Stored milk keeps in the fridge for up to five days at four degrees or below.",
            ),
            ("host", "And solids, Grace?"),
            (
                "expert",
                "At seven months he'll be having some already, and lunchtime solids at nursery can take the place of one milk feed.",
            ),
            ("caller", "That's a relief, honestly."),
            (
                "host",
                "Lauren, good luck with the return to work. And for other listeners, the county's feeding support group meets on Wednesday mornings at the Elm Street Children's Centre.",
            ),
        ],
    },
    "p_youth_club_funding": {
        "turns": [
            (
                "host",
                "This is Community Call on Harbour Radio. Our guest is Kerry Doyle, who runs the Northside Youth Club in Grimsby. Kerry, you nearly closed last year, didn't you?",
            ),
            (
                "leader",
                "We did. The council cut our grant from £38,000 to £12,000 in April, and we had about eight weeks of money left.",
            ),
            ("host", "What kept you open?"),
            (
                "leader",
                "A few things. The biggest was a local haulage firm, Marsh Logistics, who agreed to cover our rent for three years.",
            ),
            ("host", "Why did they step in?"),
            (
                "leader",
                "Their managing director came to the club himself as a boy in the eighties. He said it kept him out of trouble, and he wanted to give that back.",
            ),
            ("host", "That's lovely."),
            (
                "leader",
                "It is. We also started charging £1 a session, which I hated doing, but nobody has stopped coming because of it.",
            ),
            ("host", "How many young people use the club?"),
            ("leader", "Around 90 on the register, and on a Friday we'll have 50 in the building."),
            ("host", "And staff?"),
            (
                "leader",
                "Two paid youth workers including me, and eleven volunteers. We lost our third paid post in the cuts.",
            ),
            ("host", "What does the club actually give those young people?"),
            (
                "leader",
                "A warm room, a hot meal on Tuesdays and Fridays, and an adult who listens. For some of them we're the only place that's calm in their week.",
            ),
            ("host", "What worries you about next year?"),
            (
                "leader",
                "The heating. The boiler is 26 years old and an engineer told us it won't survive another winter. A replacement is about £9,000 and we haven't got it.",
            ),
            ("host", "If listeners want to help?"),
            (
                "leader",
                "Come and volunteer, even one evening a month. Money helps, but people help more.",
            ),
        ],
    },
    "p_youth_club_activities": {
        "turns": [
            (
                "host",
                "Back on Community Call, I'm at the Castlegate Youth Hub in Lincoln with leader Sam Reilly and one of the members, Ellie, who's sixteen. Sam, what's that noise behind us?",
            ),
            (
                "leader",
                "That's our recording studio. We converted the old storeroom in 2021 with a £4,500 grant from a music charity.",
            ),
            ("host", "Ellie, do you use it?"),
            (
                "member",
                "Every Wednesday. I've recorded three songs there, and one got played on this station last summer.",
            ),
            ("host", "Really?"),
            ("member", "Yeah, on the Saturday unsigned show. My nan rang in."),
            ("host", "Sam, what else happens here?"),
            (
                "leader",
                "Cooking on Mondays, football on the astro pitch on Thursdays, and a girls' only night on Tuesdays which started because the girls asked for it.",
            ),
            ("host", "Why did they ask for that?"),
            (
                "member",
                "Because the boys take over the pool table and the sofa. On Tuesdays we actually get to do stuff.",
            ),
            ("leader", "She's not wrong."),
            ("host", "Any trips?"),
            (
                "leader",
                "Every August we take twelve of them to a campsite in the Peak District for four nights. For most of them it's the first time they've slept in a tent.",
            ),
            ("host", "Who pays for that?"),
            (
                "leader",
                "The young people fundraise half of it themselves with a car wash and a quiz, and the rest comes from the Rotary club.",
            ),
            ("host", "Ellie, what would you change about the hub?"),
            (
                "member",
                "Longer opening hours. It shuts at nine and there's nowhere else to go after that.",
            ),
            ("host", "Sam?"),
            (
                "leader",
                "I agree with her, honestly. We'd need two more volunteers to stay open till ten.",
            ),
        ],
    },
    "p_food_bank_warehouse": {
        "turns": [
            (
                "host",
                "On Neighbourhood Voices this week we're talking to Geoff Barnes, who volunteers in the warehouse at the Tynedale Food Bank. Geoff, what's a typical shift?",
            ),
            (
                "volunteer",
                "I do Tuesdays and Saturdays, eight till one. Mostly it's weighing donations, checking dates and packing them into crates by category.",
            ),
            ("host", "Why check dates?"),
            (
                "volunteer",
                "Anything past its best before date we can still give out for up to three months, but anything past a use by date goes straight in the bin. People donate some odd things, I can tell you.",
            ),
            ("host", "Such as?"),
            ("volunteer", "Last month someone gave us a jar of pickled eggs from 2009."),
            ("host", "No!"),
            ("volunteer", "True. Binned, obviously."),
            ("host", "How much food comes through?"),
            (
                "volunteer",
                "About four tonnes a month at the moment, which is double what we had in 2020.",
            ),
            ("host", "Where does most of it come from?"),
            (
                "volunteer",
                "Roughly half from the supermarket collection points, and the rest from churches, schools and a couple of local farms who bring potatoes and carrots.",
            ),
            ("host", "What do you run short of?"),
            (
                "volunteer",
                "Tinned meat, UHT milk and toiletries. We've loads of pasta and beans, so please don't send more of those.",
            ),
            ("host", "And how is it all sorted?"),
            (
                "volunteer",
                "We built a shelving system with colour coded labels, so a new volunteer can find the tinned fish in about ten seconds. A retired engineer designed it.",
            ),
            ("host", "What keeps you coming back?"),
            (
                "volunteer",
                "Honestly, the team. We have a brew at half ten and it's the best half hour of my week.",
            ),
        ],
    },
    "p_food_bank_clients": {
        "turns": [
            (
                "host",
                "Welcome to Neighbourhood Voices. Today we're at the St Aidan's food bank in Hexham with volunteer Fatima Noor and debt adviser Chris Lowe. Fatima, how does someone get help here?",
            ),
            (
                "volunteer",
                "Most people come with a referral voucher from a GP, a school or Citizens Advice. We don't turn anyone away without one, though. We'll give an emergency bag and help them get referred.",
            ),
            ("host", "How often can people come?"),
            (
                "volunteer",
                "Three visits in six months is the usual guide, but it's flexible if someone's in crisis.",
            ),
            ("host", "Who are you seeing?"),
            (
                "volunteer",
                "More working families than before. Last winter a third of the people coming in had at least one job, often a nurse or a delivery driver.",
            ),
            ("host", "That's striking."),
            ("volunteer", "It shocked us too."),
            ("host", "Chris, where do you come in?"),
            (
                "adviser",
                "I sit at the table by the tea urn every Thursday. While people wait for their parcel, they can talk to me about bills, benefits or debts.",
            ),
            ("host", "What's the commonest problem?"),
            (
                "adviser",
                "Energy arrears, by far. Then council tax. A lot of people don't know they can ask for a payment plan before it goes to bailiffs.",
            ),
            ("host", "Does it make a difference?"),
            (
                "adviser",
                "Last year we helped people claim about £180,000 in benefits they were entitled to but hadn't applied for.",
            ),
            ("host", "Fatima, what do you wish people understood?"),
            (
                "volunteer",
                "That nobody chooses this. People apologise to us at the door, and I tell them there's nothing to be sorry for.",
            ),
            ("host", "And what's the best way to help?"),
            (
                "volunteer",
                "Give money rather than food if you can, because we can buy fresh fruit and nappies in bulk.",
            ),
        ],
    },
    "p_retirement_parking": {
        "turns": [
            (
                "chair",
                "Good evening everyone, welcome to the Willow Court residents' meeting for March. We're recording tonight for the village radio, so please speak up. First item is parking. Derek, you raised it.",
            ),
            (
                "derek",
                "I did. Visitors are parking in the residents' bays, and on Sundays I've had to leave my car on the road twice this month.",
            ),
            ("chair", "Margaret?"),
            (
                "margaret",
                "I've a different problem. The mobility scooters are parked across the pavement outside block C, and I can't get my walking frame past.",
            ),
            (
                "manager",
                "Both fair points. We've counted, and there are 64 spaces for 71 households, so it's tight even before visitors.",
            ),
            ("derek", "So what do you propose?"),
            (
                "manager",
                "Permits. Each flat gets one, and visitors get a paper pass from reception that lasts 24 hours.",
            ),
            ("margaret", "What about the scooters?"),
            (
                "manager",
                "We're building a covered scooter store with charging points next to the laundry. It should be ready by the end of June.",
            ),
            ("chair", "How much is that costing?"),
            ("manager", "£14,000, and it comes out of the sinking fund, not the service charge."),
            ("derek", "I'm happy with that, but who enforces the permits?"),
            (
                "manager",
                "The site warden will check twice a day, and after two warnings we'll ask the person not to park on site.",
            ),
            ("margaret", "I'd rather we didn't fine anybody. Half the visitors are carers."),
            ("chair", "Noted. Carers will get a permanent pass, then. Shall we vote on permits?"),
            ("derek", "Yes."),
            (
                "chair",
                "That's 38 in favour and 5 against, so the permits go ahead from the first of May.",
            ),
        ],
    },
    "p_retirement_lounge": {
        "turns": [
            (
                "chair",
                "Right, let's start. This is the Beech Hollow residents' meeting, and the main item is the refurbishment of the Garden Lounge. Pauline, you've been leading the working group.",
            ),
            (
                "pauline",
                "Thank you. We surveyed every resident and got 112 replies out of 140. The top request was better lighting, then comfier chairs, then a proper hearing loop.",
            ),
            ("chair", "A hearing loop?"),
            (
                "pauline",
                "For the talks and the quiz nights. A lot of us with hearing aids can't follow anything when the room's full.",
            ),
            ("harold", "I'll second that. I stopped going to the quiz last year because of it."),
            ("chair", "What's the budget?"),
            (
                "pauline",
                "The owners have offered £25,000, and the residents' fund could add £3,000.",
            ),
            ("harold", "Can I ask what happens to the piano?"),
            (
                "pauline",
                "It stays. It's being tuned, and we're moving it away from the radiator, which is why it keeps going out of tune.",
            ),
            ("harold", "Good. My wife plays it on Sunday afternoons."),
            ("chair", "And when would the work happen?"),
            (
                "pauline",
                "September, over about three weeks. While it's closed, the activities move to the dining room after lunch.",
            ),
            (
                "harold",
                "I'm not keen on losing the lounge for three weeks. Could they do it in two phases?",
            ),
            (
                "pauline",
                "We asked. The contractor says phasing would add £4,000 and take six weeks in total.",
            ),
            ("chair", "Then I'd suggest we accept three weeks. All in favour?"),
            ("harold", "Reluctantly, yes."),
            ("chair", "Carried. Pauline, thank you and the group for all the work."),
        ],
    },
    "p_dog_rescue_intake": {
        "turns": [
            (
                "host",
                "Welcome to Pets and People on Moorland Radio. I'm at Hillside Dog Rescue near Skipton with the centre manager, Jo Pearce. Jo, how full are you?",
            ),
            (
                "manager",
                "Completely. We've 42 kennels and every one is taken, with a waiting list of about 30 dogs whose owners want to give them up.",
            ),
            ("host", "Why so many?"),
            (
                "manager",
                "A lot of it is the lockdown puppy boom. People bought dogs in 2020 and 2021, and now those dogs are adolescents with no training and owners who've gone back to the office.",
            ),
            ("host", "Which breeds do you see most?"),
            (
                "manager",
                "Huskies, cockapoos and French bulldogs. The Frenchies often need expensive surgery for their breathing, which owners can't afford.",
            ),
            ("host", "What happens when a dog arrives?"),
            (
                "manager",
                "Our vet checks it on day one, then it's vaccinated, microchipped and neutered before it can be rehomed. That's about £400 a dog before we've fed it.",
            ),
            ("host", "And behaviour?"),
            (
                "manager",
                "Every dog gets assessed by our behaviourist, Kate, over the first fortnight. Some need months of work before they're ready.",
            ),
            ("host", "Do you ever say no to a dog?"),
            (
                "manager",
                "We have to, yes. We prioritise strays from the council and dogs in danger, and for owners we'll offer advice first, because sometimes a bit of training keeps the dog at home.",
            ),
            ("host", "How do you pay for all of this?"),
            (
                "manager",
                "Our charity shops in Skipton and Settle bring in about 60% of our income. The rest is legacies and donations.",
            ),
            ("host", "Jo, thank you."),
            ("manager", "Thanks for coming up."),
        ],
    },
    "p_dog_rescue_adoption": {
        "turns": [
            (
                "host",
                "Still on Pets and People, and now I'm joined by rehoming officer Ben Adeyemi from Riverside Dogs' Home and by Claire, who adopted a greyhound called Pepper from them in the spring. Ben, how does adoption work?",
            ),
            (
                "officer",
                "You fill in a form online, then we phone you for a chat about your home, your work hours and any other pets. If it sounds like a match, we book a meet and greet here at the centre.",
            ),
            ("host", "Claire, what was that like for you?"),
            (
                "adopter",
                "Nerve wracking! We met Pepper three times before we could take her home, and the last time we brought our cat's blanket so she could get used to the smell.",
            ),
            ("host", "You have a cat?"),
            (
                "adopter",
                "A very bossy one called Mabel. That's why we chose Pepper, actually, because she'd been cat tested.",
            ),
            (
                "officer",
                "Not every greyhound can live with cats, so we test them with a calm cat at a foster home first.",
            ),
            ("host", "Ben, do you do home visits?"),
            (
                "officer",
                "We do, yes. A volunteer checks the garden fence is at least five foot for a greyhound, since they can clear lower ones easily.",
            ),
            ("host", "And the cost?"),
            (
                "officer",
                "The adoption fee is £250, which covers about half of what we've spent on the dog.",
            ),
            ("host", "Claire, how did the first weeks go?"),
            (
                "adopter",
                "She didn't know how to do stairs. She'd spent four years in racing kennels, so my husband carried her up every night for a fortnight.",
            ),
            ("host", "Oh bless her."),
            ("adopter", "She's brilliant now. She sleeps about eighteen hours a day."),
            ("host", "Ben, what's your advice for people thinking of adopting?"),
            (
                "officer",
                "Be honest on the form. If you're out nine hours a day, tell us, because we'd rather match you with the right dog than see it come back.",
            ),
            ("host", "Thank you both."),
        ],
    },
    "p_fete_planning": {
        "turns": [
            (
                "chair",
                "Okay, let's begin. This is the Little Hadham fete committee, and we're recording for the parish podcast as usual. Date first. Are we all agreed on Saturday the fourteenth of June?",
            ),
            (
                "treasurer",
                "Not quite. The cricket club has a home match that day, and they'll want the field from two o'clock.",
            ),
            ("chair", "Could we finish by then?"),
            (
                "rita",
                "If we open at ten instead of eleven, yes. Four hours is plenty for a village this size.",
            ),
            ("chair", "Good, ten till two it is. Stalls next. Rita?"),
            (
                "rita",
                "We've got the tombola, the cake stall, the plant sale, the book stall and the coconut shy. The WI want to run teas again in the marquee.",
            ),
            ("treasurer", "What happened to the dog show?"),
            (
                "rita",
                "Mr Hughes, who judged it for twenty years, has moved to Devon. Nobody else will do it.",
            ),
            ("chair", "That's a shame. I'll ask the vet in Much Hadham if she'd judge it."),
            (
                "treasurer",
                "On money, last year's float was £300. I'd like £400 this year because we ran out of change by midday.",
            ),
            ("chair", "Agreed. Anything else?"),
            (
                "treasurer",
                "Insurance. The bouncy castle firm needs us to show public liability cover of at least 5 million, and ours only goes to 2 million.",
            ),
            ("chair", "How much to raise it?"),
            ("treasurer", "An extra £85 for the day."),
            (
                "rita",
                "Or we drop the bouncy castle. It was muddy and half broken last year anyway.",
            ),
            (
                "chair",
                "I'd keep it. The children love it and it made £240 on its own. Let's pay the £85.",
            ),
            ("rita", "Fine, but I'm not standing next to it this time."),
            ("chair", "Ha. Fair enough. Next meeting is the third of May at the Royal Oak."),
        ],
    },
    "p_fete_review": {
        "turns": [
            (
                "chair",
                "Welcome, everyone, to the Great Barford fete wash up meeting. First, the headline number. Alan?",
            ),
            (
                "treasurer",
                "We took £6,230 on the day, and after costs that leaves £4,870 for the church roof fund. That's up about £900 on last year.",
            ),
            ("chair", "Wonderful. What did best?"),
            (
                "treasurer",
                "The barbecue, at £1,450. The duck race came second with just under £900.",
            ),
            (
                "secretary",
                "And the duck race only cost us £60 in prizes, so that was very efficient.",
            ),
            ("chair", "What went wrong?"),
            (
                "secretary",
                "Three things. The card machine lost signal for about an hour, so we missed sales on the cake stall.",
            ),
            ("chair", "How do we fix that?"),
            (
                "treasurer",
                "Hire a machine with a SIM card next year instead of relying on the pub's wifi. It's about £30 a month.",
            ),
            (
                "secretary",
                "Second, the toilets. Two portable loos for 800 people wasn't enough, and the queue was twenty minutes at one point.",
            ),
            ("chair", "Definitely four next year. And the third?"),
            (
                "secretary",
                "The lost child. A little boy wandered off during the tug of war, and it took us fifteen minutes to find him because nobody had a megaphone.",
            ),
            ("chair", "Was he all right?"),
            ("secretary", "Perfectly fine. He was watching the ducks at the bridge."),
            (
                "treasurer",
                "I think we need a proper meeting point with a banner, and volunteers in hi vis vests.",
            ),
            (
                "chair",
                "Agreed. Let's also write to thank the Barford Arms for lending the gazebos.",
            ),
        ],
    },
}

QUESTIONS = [
    # p_foster_teens
    (
        "What made Maureen decide to become a foster carer?",
        "p_foster_teens",
        ["It started when my"],
    ),
    (
        "How long did Maureen wait between contacting the council and her first child arriving?",
        "p_foster_teens",
        ["About seven months, once"],
    ),
    (
        "How many young people has the Halifax foster carer looked after altogether?",
        "p_foster_teens",
        ["Twenty three, if I"],
    ),
    (
        "Which teenager lived with Maureen for the longest time?",
        "p_foster_teens",
        ["The longest was a"],
    ),
    (
        "Why does Maureen choose to foster older children rather than babies?",
        "p_foster_teens",
        ["Teenagers are the hardest"],
    ),
    (
        "For how long do new teenagers usually push the boundaries with Maureen?",
        "p_foster_teens",
        ["Most of them test"],
    ),
    (
        "How does Maureen deal with teenagers who won't eat with her?",
        "p_foster_teens",
        ["I keep a calm"],
    ),
    (
        "How much is the weekly payment for fostering a teenager and what is it for?",
        "p_foster_teens",
        ["The allowance is about"],
    ),
    (
        "What does Maureen suggest people do before applying to foster?",
        "p_foster_teens",
        ["I'd say talk to"],
    ),
    # p_foster_babies
    (
        "What supplies do the emergency foster couple keep ready at home?",
        "p_foster_babies",
        ["Formula in three brands"],
    ),
    (
        "How long do babies normally stay with the Kapoors?",
        "p_foster_babies",
        ["Anything from two nights"],
    ),
    (
        "What do Dev and Anna find toughest about fostering?",
        "p_foster_babies",
        ["It's the hardest part"],
    ),
    (
        "What keepsake do the Kapoors send with each child when they move on?",
        "p_foster_babies",
        ["We write a little"],
    ),
    (
        "How many children have Dev and Anna looked after since approval?",
        "p_foster_babies",
        ["Forty one since we"],
    ),
    (
        "Did Anna carry on working after they began emergency fostering?",
        "p_foster_babies",
        ["I went part time"],
    ),
    (
        "Why does one of the Kapoors need to be at home most of the time?",
        "p_foster_babies",
        ["The agency asks that"],
    ),
    (
        "How do Dev and Anna get paid when they have no child staying?",
        "p_foster_babies",
        ["We get a retainer"],
    ),
    (
        "What do the Kapoors recommend for couples who aren't sure about fostering?",
        "p_foster_babies",
        ["Try respite fostering first"],
    ),
    (
        "What did one baby arrive with at the Kapoors' house?",
        "p_foster_babies",
        ["We've had one come"],
    ),
    # p_parents_sleep
    ("How often is Tom's baby waking up at night?", "p_parents_sleep", ["Our daughter is five"]),
    (
        "How does Tom get his daughter to sleep at bedtime at the moment?",
        "p_parents_sleep",
        ["I walk her round"],
    ),
    (
        "Why does the health visitor think the baby keeps waking between sleep cycles?",
        "p_parents_sleep",
        ["Right, so when she"],
    ),
    (
        "What settling method did Priya recommend for the five month old?",
        "p_parents_sleep",
        ["Put her down drowsy"],
    ),
    (
        "How soon should Tom expect the new bedtime routine to make a difference?",
        "p_parents_sleep",
        ["Expect it to take"],
    ),
    (
        "From what age does the health visitor think controlled crying is okay?",
        "p_parents_sleep",
        ["Some families use it"],
    ),
    (
        "Does giving a baby rice in the evening help them sleep, according to the health visitor?",
        "p_parents_sleep",
        ["The research doesn't back"],
    ),
    (
        "How did Priya suggest Tom and his partner share the night wakings?",
        "p_parents_sleep",
        ["Split the night into", "One of you sleeps"],
    ),
    ("What hours is the Sleep Line open?", "p_parents_sleep", ["If you're in Kent"]),
    # p_parents_feeding
    (
        "What feeding problem is Lauren worried about before going back to work?",
        "p_parents_feeding",
        ["He's breastfed and refuses"],
    ),
    (
        "How many bottle types had the Maidstone caller already tried?",
        "p_parents_feeding",
        ["Four different brands."],
    ),
    (
        "What did the feeding adviser suggest instead of a bottle?",
        "p_parents_feeding",
        ["Have you tried an"],
    ),
    (
        "How long does it take for milk supply to adjust to morning and evening feeds only?",
        "p_parents_feeding",
        ["Many mothers feed in"],
    ),
    (
        "What does the law require employers to provide for breastfeeding mothers?",
        "p_parents_feeding",
        ["If Lauren wants to"],
    ),
    (
        "Where will Lauren be able to express milk at the bank?",
        "p_parents_feeding",
        ["My manager already said"],
    ),
    (
        "How long can expressed breast milk be kept in the fridge?",
        "p_parents_feeding",
        ["Stored milk keeps in"],
    ),
    (
        "Can meals at nursery replace one of the baby's milk feeds?",
        "p_parents_feeding",
        ["At seven months he'll"],
    ),
    (
        "When and where does the feeding support group meet?",
        "p_parents_feeding",
        ["And for other listeners"],
    ),
    # p_youth_club_funding
    (
        "How much was the Grimsby youth club's council grant cut?",
        "p_youth_club_funding",
        ["The council cut our"],
    ),
    (
        "Which business is paying the rent for Northside Youth Club?",
        "p_youth_club_funding",
        ["The biggest was a"],
    ),
    (
        "Why did the haulage company's boss decide to help the club?",
        "p_youth_club_funding",
        ["Their managing director came"],
    ),
    (
        "Did charging for sessions put young people off coming to Northside?",
        "p_youth_club_funding",
        ["We also started charging"],
    ),
    (
        "How many young people turn up at the Grimsby club on a Friday night?",
        "p_youth_club_funding",
        ["Around 90 on the"],
    ),
    (
        "How many staff and volunteers does Northside Youth Club have?",
        "p_youth_club_funding",
        ["Two paid youth workers"],
    ),
    (
        "On which days does Kerry's club serve a hot meal?",
        "p_youth_club_funding",
        ["A warm room, a"],
    ),
    (
        "What is Kerry worried will fail over the coming winter, and what would it cost?",
        "p_youth_club_funding",
        ["The boiler is 26", "A replacement is about"],
    ),
    (
        "What kind of support does Kerry most want from listeners?",
        "p_youth_club_funding",
        ["Come and volunteer, even"],
    ),
    # p_youth_club_activities
    (
        "How did the Lincoln youth hub pay for its studio?",
        "p_youth_club_activities",
        ["We converted the old"],
    ),
    (
        "Has any of Ellie's music been played on the radio?",
        "p_youth_club_activities",
        ["I've recorded three songs"],
    ),
    (
        "Who phoned the station when Ellie's song was broadcast?",
        "p_youth_club_activities",
        ["My nan rang in."],
    ),
    (
        "What activities does the Castlegate hub run on weekday evenings?",
        "p_youth_club_activities",
        ["Cooking on Mondays, football"],
    ),
    (
        "Why did the girls at the hub want a night just for them?",
        "p_youth_club_activities",
        ["Because the boys take"],
    ),
    (
        "Where does Castlegate take young people camping each summer?",
        "p_youth_club_activities",
        ["Every August we take"],
    ),
    (
        "How is the youth hub's camping trip paid for?",
        "p_youth_club_activities",
        ["The young people fundraise"],
    ),
    (
        "What would Ellie like to change about the hub?",
        "p_youth_club_activities",
        ["Longer opening hours.", "It shuts at nine"],
    ),
    (
        "What would Castlegate need in order to stay open later in the evening?",
        "p_youth_club_activities",
        ["We'd need two more"],
    ),
    # p_food_bank_warehouse
    (
        "Which days does Geoff work in the food bank warehouse?",
        "p_food_bank_warehouse",
        ["I do Tuesdays and"],
    ),
    (
        "Can the food bank hand out food that has passed its best before date?",
        "p_food_bank_warehouse",
        ["Anything past its best"],
    ),
    (
        "What was the strangest donation the Tynedale warehouse received?",
        "p_food_bank_warehouse",
        ["Last month someone gave"],
    ),
    (
        "How much food passes through the Tynedale food bank each month?",
        "p_food_bank_warehouse",
        ["About four tonnes a"],
    ),
    (
        "Where do the Tynedale food bank's donations come from?",
        "p_food_bank_warehouse",
        ["Roughly half from the"],
    ),
    (
        "What items is the Tynedale warehouse running low on?",
        "p_food_bank_warehouse",
        ["Tinned meat, UHT milk"],
    ),
    (
        "Which foods should people stop giving to the Tynedale food bank?",
        "p_food_bank_warehouse",
        ["We've loads of pasta"],
    ),
    (
        "Who designed the warehouse's shelving system?",
        "p_food_bank_warehouse",
        ["A retired engineer designed"],
    ),
    (
        "What keeps Geoff volunteering at the food bank?",
        "p_food_bank_warehouse",
        ["Honestly, the team.", "We have a brew"],
    ),
    # p_food_bank_clients
    (
        "Will St Aidan's help someone who turns up without a referral?",
        "p_food_bank_clients",
        ["We don't turn anyone"],
    ),
    (
        "How many times can a person use the Hexham food bank?",
        "p_food_bank_clients",
        ["Three visits in six"],
    ),
    (
        "What share of the food bank's visitors had jobs last winter?",
        "p_food_bank_clients",
        ["Last winter a third"],
    ),
    (
        "When can people speak to the debt adviser at the food bank?",
        "p_food_bank_clients",
        ["I sit at the"],
    ),
    (
        "What is the most frequent money problem Chris deals with?",
        "p_food_bank_clients",
        ["Energy arrears, by far."],
    ),
    (
        "What do many people not realise about falling behind on council tax?",
        "p_food_bank_clients",
        ["A lot of people"],
    ),
    (
        "How much unclaimed benefit did the St Aidan's advice service help people get?",
        "p_food_bank_clients",
        ["Last year we helped"],
    ),
    (
        "What does Fatima tell people who feel embarrassed coming to the food bank?",
        "p_food_bank_clients",
        ["People apologise to us"],
    ),
    (
        "Why does Fatima prefer people to donate cash?",
        "p_food_bank_clients",
        ["Give money rather than"],
    ),
    # p_retirement_parking
    (
        "What parking problem did Derek raise at the Willow Court meeting?",
        "p_retirement_parking",
        ["Visitors are parking in"],
    ),
    (
        "Why can't Margaret get along the path outside block C?",
        "p_retirement_parking",
        ["The mobility scooters are"],
    ),
    (
        "How many parking spaces are there compared with households at Willow Court?",
        "p_retirement_parking",
        ["We've counted, and there"],
    ),
    (
        "How will visitors be able to park under the new permit system?",
        "p_retirement_parking",
        ["Each flat gets one"],
    ),
    (
        "Where is the new scooter store going to be built and when will it be finished?",
        "p_retirement_parking",
        ["We're building a covered", "It should be ready"],
    ),
    (
        "How much will the scooter store cost and which fund pays for it?",
        "p_retirement_parking",
        ["£14,000, and it comes"],
    ),
    (
        "What happens to someone who keeps parking without a permit?",
        "p_retirement_parking",
        ["The site warden will"],
    ),
    (
        "Who was against fining people for parking, and why?",
        "p_retirement_parking",
        ["I'd rather we didn't", "Half the visitors are"],
    ),
    ("What was agreed about parking for carers?", "p_retirement_parking", ["Carers will get a"]),
    (
        "What was the result of the vote on parking permits?",
        "p_retirement_parking",
        ["That's 38 in favour"],
    ),
    # p_retirement_lounge
    (
        "How many Beech Hollow residents answered the lounge survey?",
        "p_retirement_lounge",
        ["We surveyed every resident"],
    ),
    (
        "What were the residents' top priorities for the lounge makeover?",
        "p_retirement_lounge",
        ["The top request was"],
    ),
    ("Why do residents want a hearing loop in the lounge?", "p_retirement_lounge", ["A lot of us"]),
    ("Why did Harold give up going to quiz nights?", "p_retirement_lounge", ["I stopped going to"]),
    (
        "How much money is available for the Garden Lounge refurbishment?",
        "p_retirement_lounge",
        ["The owners have offered"],
    ),
    (
        "Why does the lounge piano keep going out of tune?",
        "p_retirement_lounge",
        ["It's being tuned, and"],
    ),
    (
        "Who plays the piano at Beech Hollow on Sundays?",
        "p_retirement_lounge",
        ["My wife plays it"],
    ),
    (
        "Where will activities be held while the lounge is closed?",
        "p_retirement_lounge",
        ["While it's closed, the"],
    ),
    (
        "Why didn't the residents choose to do the work in two phases?",
        "p_retirement_lounge",
        ["The contractor says phasing"],
    ),
    # p_dog_rescue_intake
    (
        "How many kennels does Hillside Dog Rescue have?",
        "p_dog_rescue_intake",
        ["We've 42 kennels and"],
    ),
    (
        "Why are so many dogs being given up to rescues at the moment?",
        "p_dog_rescue_intake",
        ["A lot of it"],
    ),
    (
        "Which breeds does the Skipton rescue see most often?",
        "p_dog_rescue_intake",
        ["Huskies, cockapoos and French"],
    ),
    (
        "Why are French bulldogs often handed in?",
        "p_dog_rescue_intake",
        ["The Frenchies often need"],
    ),
    (
        "How much does it cost Hillside to get each dog ready for a new home?",
        "p_dog_rescue_intake",
        ["That's about £400 a"],
    ),
    (
        "Who checks the dogs' temperament at Hillside and how long does it take?",
        "p_dog_rescue_intake",
        ["Every dog gets assessed"],
    ),
    (
        "Which dogs does Hillside give priority to when it is full?",
        "p_dog_rescue_intake",
        ["We prioritise strays from"],
    ),
    (
        "Where does most of Hillside's income come from?",
        "p_dog_rescue_intake",
        ["Our charity shops in"],
    ),
    # p_dog_rescue_adoption
    (
        "What is the first step to adopting a dog from Riverside Dogs' Home?",
        "p_dog_rescue_adoption",
        ["You fill in a"],
    ),
    (
        "How many times did Claire visit her greyhound before taking her home?",
        "p_dog_rescue_adoption",
        ["We met Pepper three"],
    ),
    ("Why did Claire pick Pepper in particular?", "p_dog_rescue_adoption", ["That's why we chose"]),
    (
        "How does Riverside find out whether a greyhound is safe with cats?",
        "p_dog_rescue_adoption",
        ["Not every greyhound can"],
    ),
    (
        "How tall does a garden fence need to be for a greyhound?",
        "p_dog_rescue_adoption",
        ["A volunteer checks the"],
    ),
    (
        "How much does it cost to adopt a dog from Riverside?",
        "p_dog_rescue_adoption",
        ["The adoption fee is"],
    ),
    (
        "What did the ex racing dog struggle with in her new home?",
        "p_dog_rescue_adoption",
        ["She didn't know how", "She'd spent four years"],
    ),
    (
        "How many hours a day does Pepper sleep?",
        "p_dog_rescue_adoption",
        ["She sleeps about eighteen"],
    ),
    (
        "What advice does the rehoming officer give to people filling in the application?",
        "p_dog_rescue_adoption",
        ["Be honest on the"],
    ),
    # p_fete_planning
    (
        "Why does the Little Hadham fete have to be over by early afternoon?",
        "p_fete_planning",
        ["The cricket club has"],
    ),
    (
        "What opening hours did the committee settle on for the fete?",
        "p_fete_planning",
        ["Good, ten till two"],
    ),
    (
        "Who is running the tea tent at the Little Hadham fete?",
        "p_fete_planning",
        ["The WI want to"],
    ),
    ("Why might there be no dog show this year?", "p_fete_planning", ["Mr Hughes, who judged"]),
    (
        "Who did the chair plan to ask to judge the dog show?",
        "p_fete_planning",
        ["I'll ask the vet"],
    ),
    (
        "Why does the treasurer want a bigger float this year?",
        "p_fete_planning",
        ["I'd like £400 this"],
    ),
    (
        "What insurance issue came up with the bouncy castle hire?",
        "p_fete_planning",
        ["The bouncy castle firm"],
    ),
    (
        "Who suggested dropping the bouncy castle, and why?",
        "p_fete_planning",
        ["Or we drop the", "It was muddy and"],
    ),
    (
        "Why did the chair want to keep the bouncy castle?",
        "p_fete_planning",
        ["The children love it"],
    ),
    (
        "When and where is the next fete committee meeting?",
        "p_fete_planning",
        ["Next meeting is the"],
    ),
    # p_fete_review
    (
        "How much did the Great Barford fete make for the church roof?",
        "p_fete_review",
        ["We took £6,230 on"],
    ),
    (
        "What was the biggest earner at the Great Barford fete?",
        "p_fete_review",
        ["The barbecue, at £1,450."],
    ),
    ("Why was the duck race seen as good value?", "p_fete_review", ["And the duck race"]),
    (
        "Why did the cake stall lose sales at Great Barford?",
        "p_fete_review",
        ["The card machine lost"],
    ),
    (
        "What did the treasurer propose to avoid card payment problems next year?",
        "p_fete_review",
        ["Hire a machine with"],
    ),
    (
        "How bad was the queue for the toilets at the fete?",
        "p_fete_review",
        ["Two portable loos for"],
    ),
    (
        "Why did it take so long to find the missing boy?",
        "p_fete_review",
        ["A little boy wandered"],
    ),
    ("Where was the lost child eventually found?", "p_fete_review", ["He was watching the"]),
    (
        "What did the treasurer suggest for dealing with lost children in future?",
        "p_fete_review",
        ["I think we need"],
    ),
    ("Who lent the gazebos for the Great Barford fete?", "p_fete_review", ["Let's also write to"]),
]
