"""Multi-speaker conversations about indoor hobbies and games, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "za_boardgame_cafe_owner": {
        "turns": [
            (
                "host",
                "Welcome back to Small Business Hour. Today I'm with Priya Nair, who runs a board game cafe called The Meeple Room in Sheffield. Priya, when did you open?",
            ),
            (
                "guest",
                "We opened in March 2019, so just a year before everything closed for the pandemic.",
            ),
            ("host", "That's terrible timing."),
            (
                "guest",
                "It was. We survived on takeaway coffee and by renting games out for the weekend at £5 a box.",
            ),
            ("host", "How many games are on the shelves now?"),
            (
                "guest",
                "About 650 at the last count. We started with 200, most of them from my own collection and my brother's.",
            ),
            ("host", "And how does the pricing work? Do people pay by the hour?"),
            (
                "guest",
                "We tried hourly at first, £2 an hour per person, but people kept watching the clock and rushing their games. Now it's a flat cover charge of £6 for the whole day, with food and drink on top.",
            ),
            ("host", "Does that actually make money?"),
            (
                "guest",
                "The cover charge roughly pays the rent. The profit comes from the kitchen, especially the loaded fries and the milkshakes.",
            ),
            ("host", "Right. What about damaged games? Lost pieces must be a nightmare."),
            (
                "guest",
                "Every box gets weighed on a kitchen scale when it comes back to the counter. If it's lighter than the weight written on the lid, we know something's missing before the table leaves.",
            ),
            ("host", "That's clever. Whose idea was that?"),
            ("guest", "One of our Saturday staff, Tom, who used to work in a parcel warehouse."),
            ("host", "Which game gets played the most?"),
            (
                "guest",
                "Honestly, it's still Codenames. We've worn out four copies, and Ticket to Ride is a close second.",
            ),
            ("host", "And if someone has never played anything beyond Monopoly?"),
            (
                "guest",
                "That's what our game gurus are for. A member of staff comes to the table, asks what they enjoy, and teaches the rules so nobody has to read a manual.",
            ),
            ("host", "Priya Nair, thank you."),
            ("guest", "Thank you for having me."),
        ],
    },
    "za_boardgame_cafe_staff_meeting": {
        "turns": [
            (
                "manager",
                "Okay, let's start. This is the monthly staff meeting for Roll and Brew. First item is weekend bookings. Jess, you said Saturdays are a problem?",
            ),
            (
                "jess",
                "They are. We had 14 walk-ins turned away last Saturday because every table was booked from noon, and then half the bookings never showed.",
            ),
            ("manager", "How many were no-shows?"),
            ("jess", "Five out of eleven."),
            ("manager", "That's bad."),
            (
                "owen",
                "We could take a deposit. The place in Cambridge charges £10 per table and refunds it when you arrive.",
            ),
            ("manager", "I don't love deposits. It feels unwelcoming for a games cafe."),
            ("jess", "Then keep four tables for walk-ins only, and let people book the rest."),
            (
                "manager",
                "I like that better. Let's try it for a month. Next, the library budget. We've got £900 for new games this quarter.",
            ),
            (
                "owen",
                "I'd put most of it into party games. Groups of eight keep asking, and we only have three games that work for that many.",
            ),
            (
                "jess",
                "I disagree, we need fresh copies of the popular ones. Wingspan has been missing a bird card since January and people complain every week.",
            ),
            ("manager", "Can't we just order the missing card?"),
            ("jess", "I emailed the publisher twice and got no reply."),
            (
                "manager",
                "Right. Split it, then. £300 on replacement copies, the rest on party games, and Owen picks them.",
            ),
            ("owen", "Deal."),
            ("manager", "Last thing, the Wednesday beginners' night. How did the first one go?"),
            (
                "owen",
                "Better than expected. Twenty two people came, and most of them had never played anything modern. The one that went down best was Sushi Go, because it takes five minutes to learn.",
            ),
            ("manager", "Great. Shall we make it weekly?"),
            ("jess", "Fortnightly, I'd say. Otherwise we'll run out of volunteers to teach."),
            ("manager", "Fortnightly it is."),
        ],
    },
    "za_escape_room_designer": {
        "turns": [
            (
                "host",
                "On today's show I'm talking to Marta Kowalski, who designs escape rooms in Bristol. Marta, how did you get into it?",
            ),
            (
                "guest",
                "I was a set designer for a touring theatre company for nine years. When the tours dried up, a friend who owned an escape room asked me to rebuild his oldest room, and I never went back.",
            ),
            ("host", "What was the first room you built from scratch?"),
            (
                "guest",
                "The Alchemist's Study. It's a Victorian laboratory where players have 60 minutes to find a missing formula.",
            ),
            ("host", "How much did that cost?"),
            (
                "guest",
                "Around £28,000 in the end. My budget was £18,000, but the electronics went way over.",
            ),
            ("host", "What electronics?"),
            (
                "guest",
                "Magnetic locks, pressure pads under the floorboards, and a bookcase that slides open when you put three bottles on the right shelf. Each of those needs a controller, and someone who can fix it at ten at night.",
            ),
            ("host", "So are padlocks out of fashion?"),
            (
                "guest",
                "Not at all, but players get bored of typing four-digit codes. I'd say no more than two padlocks per room now.",
            ),
            ("host", "How do you test a room before it opens?"),
            (
                "guest",
                "We run about 30 test groups for free. Friends first, then strangers from a local Facebook group, because friends are too polite.",
            ),
            ("host", "What do the testers usually get stuck on?"),
            (
                "guest",
                "Things I thought were obvious. In the Alchemist's Study nobody noticed that the portrait's eyes were different colours, so we added a candle that lights up right next to it.",
            ),
            ("host", "What's a good escape rate?"),
            (
                "guest",
                "I aim for about 40 percent of teams getting out in time. Lower than that and people leave frustrated, higher and it feels too easy.",
            ),
            ("host", "And the real figure?"),
            ("guest", "It's 35 percent now, so close enough."),
            ("host", "Marta, thank you."),
        ],
    },
    "za_escape_room_planning": {
        "turns": [
            (
                "owner",
                "Thanks for staying late. The landlord has agreed we can take the empty unit next door, so we can finally build room four at the Leicester site. Kate, where are we on the theme?",
            ),
            (
                "builder",
                "We narrowed it down to two, a submarine or a pirate ship. I'd go pirate ship, because the submarine needs too much metal and welding.",
            ),
            ("owner", "Pirate ship it is. Sam, what do players keep asking for at the front desk?"),
            (
                "gamemaster",
                "Bigger groups. We get hen parties of ten or twelve, and our biggest room only takes six, so they split up and half of them get bored waiting.",
            ),
            ("owner", "So room four should take twelve?"),
            ("gamemaster", "Ten is enough. Twelve people in one room just shout over each other."),
            (
                "builder",
                "Then I need about 40 square metres. The unit's 55, so that leaves space for a briefing area.",
            ),
            ("owner", "What's the timeline?"),
            (
                "builder",
                "Ten weeks for the build if the timber arrives on time, then two weeks of testing.",
            ),
            ("owner", "Can we open for the school summer holidays?"),
            ("builder", "Only if we start by the first of May."),
            ("owner", "Okay. And money. I've set aside £22,000."),
            (
                "builder",
                "That's tight for a room with a moving deck. I'd drop the tilting floor and spend it on sound instead. Creaking timber and waves on good speakers sell the illusion for a fraction of the cost.",
            ),
            ("owner", "Sam, do you agree?"),
            (
                "gamemaster",
                "Yes. And please, a hint system that isn't a walkie-talkie, players hate them. A parrot that talks through a hidden speaker would fit the theme.",
            ),
            ("owner", "I love the parrot. Let's price it up."),
        ],
    },
    "za_crossword_setter_interview": {
        "turns": [
            (
                "host",
                "My guest this morning sets cryptic crosswords for a national newspaper under the name Magpie. Good morning.",
            ),
            ("setter", "Morning. And yes, nobody at the paper uses real names, it's a tradition."),
            ("host", "How long does one puzzle take you?"),
            (
                "setter",
                "Filling the grid takes about an hour. Writing the clues takes most of a day, sometimes two if I'm stuck on a long answer.",
            ),
            ("host", "Do you choose the grid?"),
            (
                "setter",
                "The paper has a bank of about 60 approved grids, and I pick one. I'm not allowed to design my own, which annoyed me for years.",
            ),
            ("host", "What makes a good clue?"),
            (
                "setter",
                "A surface reading that sounds like a real sentence, so the solver is fooled by the picture before they see the wordplay.",
            ),
            ("host", "Give us an example."),
            (
                "setter",
                "One I'm proud of was for the word silent. Listen, perhaps, when quiet, six letters. Listen is an anagram of the answer, and quiet is the definition.",
            ),
            ("host", "Very neat. Do you get complaints?"),
            (
                "setter",
                "Constantly. The most letters I ever got was about a clue that used a cricket term, around 40 letters, mostly from people who hate cricket.",
            ),
            ("host", "How much are setters paid?"),
            (
                "setter",
                "It varies, but for a daily cryptic it's usually somewhere between £150 and £250. Nobody does it for the money.",
            ),
            ("host", "Right."),
            ("setter", "Most setters I know have day jobs. I was a maths teacher until last year."),
            ("host", "Any advice for someone who wants to start?"),
            (
                "setter",
                "Solve for a couple of years first, then write clues for friends and take the criticism. Tough editors make better setters.",
            ),
        ],
    },
    "za_crossword_newsletter_workshop": {
        "turns": [
            (
                "editor",
                "Thanks for coming, Alan. As I said on the phone, Gwen has offered to take over the crossword for the parish newsletter, and she's never set one.",
            ),
            ("setter", "Happy to help. Gwen, have you solved many?"),
            ("volunteer", "Quick ones every day, but I can't do cryptics at all."),
            (
                "setter",
                "Then start with a quick crossword. Our readers are mostly retired, and they like something they can finish with a cup of tea.",
            ),
            (
                "editor",
                "The last setter did cryptics, and we had letters saying they were far too hard.",
            ),
            ("volunteer", "How big should the grid be?"),
            (
                "setter",
                "Eleven by eleven is plenty. A fifteen grid would take up the whole back page.",
            ),
            ("volunteer", "Do I draw it by hand?"),
            (
                "setter",
                "You could. I use a free program on my laptop that checks the grid is symmetrical and numbers the squares for you, and I'll send you the link.",
            ),
            ("volunteer", "And where do the words come from?"),
            (
                "setter",
                "Put your long answers in first, ideally something local. Last year I hid the names of five village streets in a puzzle, and people loved spotting them.",
            ),
            (
                "editor",
                "That issue sold out, actually. We printed 300 copies and had to run off another 50.",
            ),
            ("volunteer", "What about checking it? I'm terrified of a mistake."),
            (
                "setter",
                "Always get someone else to solve it before it goes to print. I once published a clue with the wrong number of letters, and I still get teased about it in the pub.",
            ),
            (
                "editor",
                "And there's a prize, a £10 voucher for the bakery, drawn from the correct entries.",
            ),
            ("volunteer", "How many entries do you usually get?"),
            ("editor", "Around 25 a month, more in winter."),
            ("volunteer", "Right. I'll try one for the March issue."),
        ],
    },
    "za_magic_close_up": {
        "turns": [
            (
                "host",
                "My guest today is Leo Grant, a close-up magician who does weddings and corporate events. Leo, how did it start?",
            ),
            (
                "guest",
                "My grandad gave me a magic set for my eighth birthday. It had foam balls and a cheap plastic cup, and I practised in front of the bathroom mirror for hours.",
            ),
            ("host", "When did it become a job?"),
            (
                "guest",
                "At 23. I was working in a phone shop, doing tricks for customers while their contracts printed, and a manager from a hotel chain asked if I did events.",
            ),
            ("host", "What's the hardest thing about close-up?"),
            (
                "guest",
                "People are right in front of you, sometimes thirty centimetres from your hands. On a stage you have distance and lighting to help, but at a table you only have misdirection and practice.",
            ),
            ("host", "How much practice?"),
            (
                "guest",
                "A new sleight takes me about three months before I'll do it for paying guests. I practise with the television on so I'm not staring at my hands.",
            ),
            ("host", "What's your signature trick?"),
            (
                "guest",
                "A signed card that ends up inside a sealed lemon. It's old, it goes back to the nineteenth century, but people still scream.",
            ),
            ("host", "Do you ever get caught?"),
            (
                "guest",
                "Once, badly. At a wedding in 2018 a card fell out of my sleeve onto the cake. I pretended it was part of the act and made the groom find it.",
            ),
            ("host", "Ha! And what do you charge?"),
            (
                "guest",
                "Around £450 for two hours at a wedding. Corporate work pays more, closer to £700, but weddings are more fun.",
            ),
            ("host", "Why more fun?"),
            (
                "guest",
                "People at weddings want to be amazed. At corporate events half of them are checking emails.",
            ),
            ("host", "Leo Grant, thank you."),
        ],
    },
    "za_magic_society_show": {
        "turns": [
            (
                "chair",
                "Let's get going, we've got the annual show to sort out. It's on the 14th of November this year. Maureen, money first.",
            ),
            (
                "treasurer",
                "Last year's show made £1,200 profit, which mostly went on the new stage curtains. Tickets were £8, and I'd suggest £10 this year.",
            ),
            ("member", "£10 is a lot for families."),
            ("treasurer", "Then keep children at £5 and make adults £10."),
            ("chair", "Fine. Now the running order. Raj, you wanted to do the sawing illusion?"),
            (
                "member",
                "I do. There's a second-hand box for sale from a retired magician in Hull, and he's asking £1,500.",
            ),
            ("treasurer", "We can't spend that on one act."),
            (
                "member",
                "I'd pay half myself, and the society could hire it out to other clubs afterwards.",
            ),
            ("chair", "Let's vote on that by email. What about the children's slot?"),
            ("member", "Dennis wants to bring his rabbit again."),
            (
                "chair",
                "No. Absolutely not after last year. The rabbit escaped under the seating and we lost twenty minutes.",
            ),
            ("treasurer", "And the hall's insurance doesn't cover live animals anyway, I checked."),
            (
                "chair",
                "So Dennis does his balloon act instead. We also need a compere. Any volunteers?",
            ),
            (
                "member",
                "What about asking Sophie? She won the junior close-up competition in the spring, and she's very confident on a microphone.",
            ),
            ("chair", "She's fifteen, though. Would her parents agree?"),
            ("member", "Her mum already asked me if there was a part for her."),
            (
                "chair",
                "Perfect. Sophie comperes, Dennis does balloons, and Raj's box goes to an email vote.",
            ),
        ],
    },
    "za_quiz_league_captains": {
        "turns": [
            (
                "chair",
                "Right, welcome to the captains' meeting of the Riverside Pub Quiz League. Twelve teams this season, up from nine. First item is the phone incident at the Fox and Hounds.",
            ),
            (
                "secretary",
                "For anyone who missed it, a player from the Quizzly Bears was seen checking his phone in the toilets during the music round.",
            ),
            ("captain", "Allegedly. He says he was texting his babysitter."),
            (
                "chair",
                "Whatever happened, we need a rule. At the moment there's nothing in writing.",
            ),
            (
                "secretary",
                "My proposal is that phones go in a box on the quizmaster's table at the start, and anyone caught with one loses the whole round for their team.",
            ),
            ("captain", "The whole round seems harsh. Why not just the question they were on?"),
            ("secretary", "Because nobody can prove which question it was."),
            (
                "chair",
                "Fair point. Let's vote, hands up for losing the round. That's eight to four, carried.",
            ),
            (
                "captain",
                "Can we talk about tie-breaks? We lost the cup final on a question about the height of Kilimanjaro.",
            ),
            ("chair", "Nearest answer wins, that's always been the rule."),
            (
                "captain",
                "Yes, but the answer sheet had the wrong height on it. We were actually closer.",
            ),
            (
                "secretary",
                "I checked that afterwards, and he's right, the sheet was out by about 100 metres.",
            ),
            (
                "chair",
                "Then the setter owes you an apology. From next season, tie-break answers get checked by two people before the night.",
            ),
            ("captain", "Thank you."),
            (
                "chair",
                "Last item, the question writer's fee. We pay £40 a week and she's asked for £60.",
            ),
            ("secretary", "She writes 80 questions a week. At £40 that's 50p a question."),
            ("captain", "Pay her the £60. If she quits, one of us has to do it."),
            (
                "chair",
                "Agreed, it goes up from January. It'll add about £50 a season to each team's fee.",
            ),
        ],
    },
    "za_quizmaster_podcast": {
        "turns": [
            (
                "host",
                "This week I'm talking to Fiona Doyle, who hosts six pub quizzes a week around Cardiff. Fiona, six a week?",
            ),
            ("guest", "Six, yes. Monday to Saturday, with Sunday off for my sanity."),
            ("host", "Do you write all the questions yourself?"),
            (
                "guest",
                "About half. The rest I buy from a question company for £12 a quiz, and then I rewrite the ones I don't like.",
            ),
            ("host", "What's a question you don't like?"),
            (
                "guest",
                "Anything where the answer could change. The tallest building in the world, for example, because it'll be wrong by next year.",
            ),
            ("host", "How do you stop people cheating on their phones?"),
            (
                "guest",
                "I don't try too hard. I make the questions ones you can work out, so there's not much point looking them up, and honestly most people are there for the chat.",
            ),
            ("host", "Interesting. What about the jackpot?"),
            (
                "guest",
                "At the Red Lion there's a rollover, £1 per team each week. It got to £640 last spring before a team of nurses finally won it.",
            ),
            ("host", "What did they have to answer?"),
            ("guest", "The year the Severn Bridge opened. They said 1966, which was right."),
            ("host", "Do pubs actually make money from quizzes?"),
            (
                "guest",
                "Landlords tell me a quiz turns a dead Tuesday into their third busiest night. That's why they pay me £80 a night.",
            ),
            ("host", "Best team name you've ever seen?"),
            (
                "guest",
                "It has to be Universally Challenged. They've won about 30 times, so they earned it.",
            ),
            ("host", "And the worst part of the job?"),
            (
                "guest",
                "Arguments over the marking. I had a man shout at me for ten minutes because I wouldn't accept Ringo as Ringo Starr's real name.",
            ),
            ("host", "Fiona, thank you."),
        ],
    },
    "za_stamp_collection_phone_in": {
        "turns": [
            ("host", "Next on the line is Carol from Stoke. Carol, what have you got?"),
            (
                "caller",
                "Hello. My father collected stamps for about fifty years and left me eleven albums. I've no idea if they're worth anything.",
            ),
            ("expert", "Lovely. What kind of stamps, mostly?"),
            (
                "caller",
                "Lots of British ones, and a whole album from the old colonies, Kenya, Ceylon, places like that.",
            ),
            (
                "expert",
                "The honest answer is that big collections are usually worth less than families hope. Modern British stamps from the 1970s onwards often sell below face value.",
            ),
            ("caller", "Oh. He spent a fortune on them."),
            (
                "expert",
                "I know, it's the most common call we get. But the colonial album is where I'd look first. Is there anything older, with Queen Victoria on it?",
            ),
            ("caller", "There's a page of black ones with her head, and a few red ones."),
            ("host", "The Penny Black?"),
            (
                "expert",
                "Possibly, and possibly Penny Reds. A Penny Black in decent condition with four clear margins can fetch £300 or more. With cut margins maybe £40.",
            ),
            ("caller", "How do I know which it is?"),
            (
                "expert",
                "Don't try to remove anything from the page, and don't clean them. Take the whole album to a dealer who belongs to a trade association, and get at least two opinions.",
            ),
            ("caller", "Should I sell them at auction?"),
            (
                "expert",
                "If the good pages are worth more than about £500, yes. Otherwise a dealer will usually give you a fair lump sum and save you the auction fees, which can be 20 percent.",
            ),
            ("host", "Carol, let us know how you get on."),
            ("caller", "I will, thank you."),
        ],
    },
    "za_coin_collection_phone_in": {
        "turns": [
            (
                "host",
                "Our next caller is Martin in Exeter. Martin, you've been clearing out a loft?",
            ),
            (
                "caller",
                "My late aunt's loft, yes. We found a biscuit tin full of coins, probably two or three thousand of them.",
            ),
            ("expert", "Good. What's in the tin, roughly?"),
            (
                "caller",
                "Mostly old pennies and threepenny bits, some foreign coins, and three gold ones in a little velvet bag.",
            ),
            ("expert", "The gold ones first. Do they show a man on horseback killing a dragon?"),
            ("caller", "Yes, exactly that."),
            (
                "expert",
                "Then they're sovereigns, St George and the dragon. Even a common date is worth around £400 each just for the gold, so that's over £1,000 for the bag.",
            ),
            ("caller", "Wow. And the pennies?"),
            (
                "expert",
                "Sadly, old pennies are usually worth a few pence each unless they're in very fine condition or a rare year. The 1933 penny is the famous one, but only a handful were made and they're all accounted for.",
            ),
            ("caller", "My son wanted to polish them up to make them look nicer."),
            (
                "expert",
                "Please don't let him. Cleaning a coin can knock 80 percent off its value, because collectors want the original surface.",
            ),
            ("host", "Even the sovereigns?"),
            ("expert", "Especially the sovereigns."),
            ("caller", "Should I sell the gold to a jeweller?"),
            (
                "expert",
                "I wouldn't. A jeweller will pay scrap price. A coin dealer or an auction will pay more, because some dates carry a premium, so check the year on each one first.",
            ),
            ("caller", "And what about the rest of the tin?"),
            (
                "expert",
                "Sort out anything silver, which means British coins from before 1947, and sell those by weight. The rest makes a lovely starter collection for a grandchild.",
            ),
        ],
    },
    "za_ham_radio_licence": {
        "turns": [
            (
                "host",
                "Today's guest got her amateur radio licence at the age of 67. Jean, welcome.",
            ),
            (
                "guest",
                "Thank you. My grandson's the reason, actually. He did a school project on radio waves and I got more interested than he did.",
            ),
            ("host", "What did you have to do to get licensed?"),
            (
                "guest",
                "There's an entry-level exam, multiple choice, which you can sit online at home with an invigilator watching through the webcam. I studied with a local club for six Tuesday evenings first.",
            ),
            ("host", "Was it hard?"),
            (
                "guest",
                "The safety rules and licence conditions were easy. The electronics scared me, Ohm's law and all that, but the club's instructor drew it all out as water pipes and it clicked.",
            ),
            ("host", "And your first contact?"),
            (
                "guest",
                "A man in the Faroe Islands, on a Sunday morning in October. I was shaking so much I forgot my own call sign halfway through.",
            ),
            ("host", "What equipment did you start with?"),
            (
                "guest",
                "A second-hand transceiver from a club member for £180, and a wire antenna strung from the chimney to the washing line pole.",
            ),
            ("host", "Did the neighbours mind?"),
            (
                "guest",
                "One did, at first. She thought it was a mobile phone mast. I invited her in to listen, and now she brings me cake whenever I talk to someone in Australia.",
            ),
            ("host", "Ha. What's the furthest you've reached?"),
            (
                "guest",
                "New Zealand, using only 10 watts. Conditions were perfect that evening, and the fellow said my signal was weak but clear.",
            ),
            ("host", "Would you recommend it to people your age?"),
            (
                "guest",
                "Absolutely. It's a hobby you can do from an armchair, and there's always someone to talk to, even at three in the morning.",
            ),
        ],
    },
    "za_ham_radio_club_field_day": {
        "turns": [
            (
                "chair",
                "Evening all. Main item tonight is the field day on the 21st of June. We're on the hill above the reservoir again. Pete, is the farmer still happy?",
            ),
            (
                "member",
                "He is, as long as we're gone by Sunday teatime and nobody parks on the grass by the gate.",
            ),
            ("chair", "Good. How many operators have signed up?"),
            ("secretary", "Nine so far. Last year we had fourteen, so we're short."),
            ("chair", "Why the drop?"),
            (
                "secretary",
                "Two have moved away, and a few said the overnight shift was too much. I'd suggest we stop running through the night and finish at midnight.",
            ),
            (
                "member",
                "But the overnight hours are when we get the long-distance contacts. That's where most of last year's points came from.",
            ),
            (
                "chair",
                "Then let's keep the night shift but make it volunteers only, two people at a time. Next, power. Is the generator fixed?",
            ),
            (
                "member",
                "No, the carburettor's gone. A new one's £85, or we could borrow the scout group's generator for free.",
            ),
            (
                "secretary",
                "The scouts' one is too noisy. It put interference on the 40 metre band last time we tried it.",
            ),
            (
                "chair",
                "Buy the part, then. Now, the council have asked whether we'll help in their flood exercise in September.",
            ),
            ("member", "What would they want from us?"),
            (
                "chair",
                "If the mobile network goes down, they want us to pass messages between the rest centre at the leisure centre and the council offices. It's about four miles.",
            ),
            (
                "secretary",
                "Our repeater on the church tower would cover that, but it's been unreliable since the storm in February.",
            ),
            (
                "chair",
                "Then fixing the repeater comes before anything else. I'll write to the council and say yes, on condition that it's working by August.",
            ),
        ],
    },
}

QUESTIONS = [
    # za_boardgame_cafe_owner
    (
        "When did The Meeple Room in Sheffield first open its doors?",
        "za_boardgame_cafe_owner",
        ["We opened in March"],
    ),
    (
        "How did the Sheffield board game cafe get through lockdown?",
        "za_boardgame_cafe_owner",
        ["We survived on takeaway"],
    ),
    (
        "How many games did Priya's cafe have when it started?",
        "za_boardgame_cafe_owner",
        ["We started with 200"],
    ),
    (
        "Why did The Meeple Room stop charging customers per hour?",
        "za_boardgame_cafe_owner",
        ["We tried hourly at"],
    ),
    (
        "Where does the Meeple Room actually make its money?",
        "za_boardgame_cafe_owner",
        ["The profit comes from"],
    ),
    (
        "How do staff spot that a returned game has pieces missing?",
        "za_boardgame_cafe_owner",
        ["Every box gets weighed"],
    ),
    (
        "Who came up with the idea of checking game boxes on a scale?",
        "za_boardgame_cafe_owner",
        ["One of our Saturday"],
    ),
    (
        "Which game is played most often at Priya's cafe?",
        "za_boardgame_cafe_owner",
        ["Honestly, it's still Codenames."],
    ),
    (
        "What happens if customers at the Sheffield cafe don't know how to play anything?",
        "za_boardgame_cafe_owner",
        ["A member of staff"],
    ),
    # za_boardgame_cafe_staff_meeting
    (
        "How many walk-in customers did Roll and Brew have to turn away last Saturday?",
        "za_boardgame_cafe_staff_meeting",
        ["We had 14 walk-ins"],
    ),
    (
        "How many of the Saturday reservations at Roll and Brew didn't turn up?",
        "za_boardgame_cafe_staff_meeting",
        ["Five out of eleven."],
    ),
    (
        "Why was the Roll and Brew manager against asking for a table deposit?",
        "za_boardgame_cafe_staff_meeting",
        ["I don't love deposits."],
    ),
    (
        "What alternative to deposits did Jess suggest for busy weekends?",
        "za_boardgame_cafe_staff_meeting",
        ["Then keep four tables"],
    ),
    (
        "How much does Roll and Brew have to spend on new games this quarter?",
        "za_boardgame_cafe_staff_meeting",
        ["We've got £900 for"],
    ),
    (
        "Why did Owen want to buy more party games?",
        "za_boardgame_cafe_staff_meeting",
        ["Groups of eight keep"],
    ),
    (
        "What came of Jess contacting the publisher about the lost Wingspan card?",
        "za_boardgame_cafe_staff_meeting",
        ["I emailed the publisher"],
    ),
    (
        "How was the Roll and Brew games budget divided up in the end?",
        "za_boardgame_cafe_staff_meeting",
        ["£300 on replacement copies"],
    ),
    (
        "How many people turned up to the first beginners' evening?",
        "za_boardgame_cafe_staff_meeting",
        ["Twenty two people came"],
    ),
    (
        "Why did Jess think the beginners' night should be every two weeks rather than weekly?",
        "za_boardgame_cafe_staff_meeting",
        ["Otherwise we'll run out"],
    ),
    # za_escape_room_designer
    (
        "What was Marta's job before she designed escape rooms?",
        "za_escape_room_designer",
        ["I was a set"],
    ),
    (
        "How long do players get to solve the Alchemist's Study?",
        "za_escape_room_designer",
        ["It's a Victorian laboratory"],
    ),
    (
        "What did the Alchemist's Study end up costing?",
        "za_escape_room_designer",
        ["Around £28,000 in the"],
    ),
    (
        "How much had Marta originally planned to spend on her first room?",
        "za_escape_room_designer",
        ["My budget was £18,000,"],
    ),
    (
        "What makes the bookcase in the Bristol room open?",
        "za_escape_room_designer",
        ["Magnetic locks, pressure pads"],
    ),
    (
        "How many combination locks does Marta think a room should have?",
        "za_escape_room_designer",
        ["Not at all, but"],
    ),
    (
        "Why does the designer use strangers as well as friends to test rooms?",
        "za_escape_room_designer",
        ["Friends first, then strangers"],
    ),
    (
        "What clue did test players overlook, and how was it fixed?",
        "za_escape_room_designer",
        ["In the Alchemist's Study"],
    ),
    (
        "What share of teams escape the alchemist room at the moment?",
        "za_escape_room_designer",
        ["It's 35 percent now"],
    ),
    (
        "What escape rate is Marta aiming for and why?",
        "za_escape_room_designer",
        ["I aim for about", "Lower than that and"],
    ),
    # za_escape_room_planning
    (
        "Why did the Leicester team go for a pirate ship instead of a submarine?",
        "za_escape_room_planning",
        ["I'd go pirate ship"],
    ),
    (
        "What problem do hen parties cause at the Leicester escape rooms?",
        "za_escape_room_planning",
        ["We get hen parties"],
    ),
    (
        "How many players did the game master want room four to hold?",
        "za_escape_room_planning",
        ["Ten is enough."],
    ),
    (
        "How big is the unit next door that the escape room is taking over?",
        "za_escape_room_planning",
        ["The unit's 55, so"],
    ),
    (
        "How long will it take to build the new pirate room?",
        "za_escape_room_planning",
        ["Ten weeks for the"],
    ),
    (
        "By when does construction need to begin for a summer holiday opening?",
        "za_escape_room_planning",
        ["Only if we start"],
    ),
    ("What is the budget for room four?", "za_escape_room_planning", ["I've set aside £22,000."]),
    (
        "What did Kate suggest instead of a moving deck?",
        "za_escape_room_planning",
        ["I'd drop the tilting"],
    ),
    (
        "What hint system did Sam propose for the pirate room?",
        "za_escape_room_planning",
        ["A parrot that talks"],
    ),
    # za_crossword_setter_interview
    (
        "Why does Magpie not publish under a real name?",
        "za_crossword_setter_interview",
        ["And yes, nobody at"],
    ),
    (
        "How long does Magpie spend on the clues for one crossword?",
        "za_crossword_setter_interview",
        ["Writing the clues takes"],
    ),
    (
        "How many grids does the newspaper let its setters choose from?",
        "za_crossword_setter_interview",
        ["The paper has a"],
    ),
    (
        "What rule about grids used to irritate Magpie?",
        "za_crossword_setter_interview",
        ["I'm not allowed to"],
    ),
    (
        "According to Magpie, what makes a clue really good?",
        "za_crossword_setter_interview",
        ["A surface reading that"],
    ),
    (
        "Which clue brought Magpie the most complaints?",
        "za_crossword_setter_interview",
        ["The most letters I"],
    ),
    (
        "How much does a newspaper pay for a daily cryptic crossword?",
        "za_crossword_setter_interview",
        ["It varies, but for"],
    ),
    (
        "What did the setter Magpie work as until recently?",
        "za_crossword_setter_interview",
        ["I was a maths"],
    ),
    (
        "What should someone do if they want to become a cryptic setter?",
        "za_crossword_setter_interview",
        ["Solve for a couple"],
    ),
    # za_crossword_newsletter_workshop
    (
        "Why did the parish newsletter move away from cryptic crosswords?",
        "za_crossword_newsletter_workshop",
        ["The last setter did"],
    ),
    (
        "Why does Alan think Gwen should set a quick crossword?",
        "za_crossword_newsletter_workshop",
        ["Our readers are mostly"],
    ),
    (
        "What grid size should Gwen use for the newsletter puzzle?",
        "za_crossword_newsletter_workshop",
        ["Eleven by eleven is"],
    ),
    (
        "What does Alan's crossword software do for him?",
        "za_crossword_newsletter_workshop",
        ["I use a free"],
    ),
    (
        "What local theme did Alan put into a puzzle last year?",
        "za_crossword_newsletter_workshop",
        ["Last year I hid"],
    ),
    (
        "How many copies of the popular newsletter issue were printed altogether?",
        "za_crossword_newsletter_workshop",
        ["We printed 300 copies"],
    ),
    (
        "What mistake is Alan still teased about?",
        "za_crossword_newsletter_workshop",
        ["I once published a"],
    ),
    (
        "What do winners of the newsletter crossword get?",
        "za_crossword_newsletter_workshop",
        ["And there's a prize"],
    ),
    (
        "How many completed crosswords does the newsletter receive each month?",
        "za_crossword_newsletter_workshop",
        ["Around 25 a month"],
    ),
    # za_magic_close_up
    (
        "How did Leo Grant first get into magic as a child?",
        "za_magic_close_up",
        ["My grandad gave me"],
    ),
    ("How did Leo get his first paid event?", "za_magic_close_up", ["I was working in"]),
    ("Why is performing at a table harder than on stage?", "za_magic_close_up", ["On a stage you"]),
    (
        "How long does Leo rehearse a new move before performing it for clients?",
        "za_magic_close_up",
        ["A new sleight takes"],
    ),
    (
        "Why does Leo keep the TV on while he practises?",
        "za_magic_close_up",
        ["I practise with the"],
    ),
    ("What is Leo's signature effect?", "za_magic_close_up", ["A signed card that"]),
    ("What went wrong for the magician at a wedding?", "za_magic_close_up", ["At a wedding in"]),
    (
        "How much does Leo charge for business events?",
        "za_magic_close_up",
        ["Corporate work pays more"],
    ),
    (
        "Why does Leo enjoy weddings more than company events?",
        "za_magic_close_up",
        ["People at weddings want"],
    ),
    # za_magic_society_show
    (
        "What date is the magic society's annual show?",
        "za_magic_society_show",
        ["It's on the 14th"],
    ),
    (
        "What was last year's show profit spent on?",
        "za_magic_society_show",
        ["Last year's show made"],
    ),
    (
        "What ticket prices were settled on for the magic show?",
        "za_magic_society_show",
        ["Then keep children at"],
    ),
    (
        "How much does the retired magician in Hull want for the sawing box?",
        "za_magic_society_show",
        ["There's a second-hand box"],
    ),
    (
        "How did Raj suggest paying for the sawing illusion?",
        "za_magic_society_show",
        ["I'd pay half myself"],
    ),
    (
        "Why won't the chair let the rabbit into the show?",
        "za_magic_society_show",
        ["The rabbit escaped under"],
    ),
    (
        "What did the treasurer find out about the hall's insurance?",
        "za_magic_society_show",
        ["And the hall's insurance"],
    ),
    (
        "Who was put forward to host the magic show, and why?",
        "za_magic_society_show",
        ["What about asking Sophie?", "She won the junior"],
    ),
    (
        "What concern did the chair have about the proposed compere?",
        "za_magic_society_show",
        ["She's fifteen, though."],
    ),
    # za_quiz_league_captains
    (
        "How many teams are in the Riverside quiz league this season?",
        "za_quiz_league_captains",
        ["Twelve teams this season"],
    ),
    (
        "Where was the Quizzly Bears player seen using his phone?",
        "za_quiz_league_captains",
        ["For anyone who missed"],
    ),
    (
        "What excuse did the player accused of cheating give?",
        "za_quiz_league_captains",
        ["He says he was"],
    ),
    (
        "Why does the penalty cover a whole round instead of one question?",
        "za_quiz_league_captains",
        ["Because nobody can prove"],
    ),
    ("How did the vote on the phone rule go?", "za_quiz_league_captains", ["That's eight to four"]),
    (
        "What went wrong with the tie-break in the cup final?",
        "za_quiz_league_captains",
        ["Yes, but the answer", "I checked that afterwards"],
    ),
    (
        "How will tie-break questions be handled from next season?",
        "za_quiz_league_captains",
        ["From next season, tie-break"],
    ),
    (
        "What is the league's question writer paid at the moment?",
        "za_quiz_league_captains",
        ["We pay £40 a"],
    ),
    (
        "Why did the captain support giving the question writer a raise?",
        "za_quiz_league_captains",
        ["If she quits, one"],
    ),
    (
        "How much extra will each team pay because of the raise?",
        "za_quiz_league_captains",
        ["It'll add about £50"],
    ),
    # za_quizmaster_podcast
    ("Which nights does Fiona run quizzes?", "za_quizmaster_podcast", ["Monday to Saturday, with"]),
    (
        "Where does Fiona get the questions she doesn't write herself?",
        "za_quizmaster_podcast",
        ["The rest I buy"],
    ),
    (
        "What kind of question does the Cardiff quizmaster refuse to use?",
        "za_quizmaster_podcast",
        ["Anything where the answer"],
    ),
    (
        "What is Fiona's approach to people googling answers during her quizzes?",
        "za_quizmaster_podcast",
        ["I don't try too"],
    ),
    (
        "How big did the Red Lion jackpot get before someone won?",
        "za_quizmaster_podcast",
        ["It got to £640"],
    ),
    (
        "What answer won the nurses the rollover?",
        "za_quizmaster_podcast",
        ["They said 1966, which"],
    ),
    (
        "Why do landlords like having a quiz night?",
        "za_quizmaster_podcast",
        ["Landlords tell me a"],
    ),
    ("What fee does Fiona get per quiz night?", "za_quizmaster_podcast", ["That's why they pay"]),
    ("What's Fiona's favourite team name?", "za_quizmaster_podcast", ["It has to be"]),
    (
        "What does Fiona dislike most about quizmastering?",
        "za_quizmaster_podcast",
        ["Arguments over the marking."],
    ),
    # za_stamp_collection_phone_in
    (
        "How many stamp albums did Carol's father leave her?",
        "za_stamp_collection_phone_in",
        ["My father collected stamps"],
    ),
    (
        "What did the expert say recent British stamps are worth?",
        "za_stamp_collection_phone_in",
        ["Modern British stamps from"],
    ),
    (
        "Which part of Carol's collection did the expert want to check first?",
        "za_stamp_collection_phone_in",
        ["But the colonial album"],
    ),
    (
        "How much might a Penny Black in good condition sell for?",
        "za_stamp_collection_phone_in",
        ["A Penny Black in"],
    ),
    (
        "What is a Penny Black worth if its edges are trimmed?",
        "za_stamp_collection_phone_in",
        ["With cut margins maybe"],
    ),
    (
        "What should Carol avoid doing to the stamps?",
        "za_stamp_collection_phone_in",
        ["Don't try to remove"],
    ),
    (
        "Where did the expert tell Carol to get the albums valued?",
        "za_stamp_collection_phone_in",
        ["Take the whole album"],
    ),
    (
        "When is it worth selling stamps at auction?",
        "za_stamp_collection_phone_in",
        ["If the good pages"],
    ),
    (
        "How much can auction fees take from a stamp sale?",
        "za_stamp_collection_phone_in",
        ["Otherwise a dealer will"],
    ),
    # za_coin_collection_phone_in
    (
        "What did Martin discover in his aunt's loft?",
        "za_coin_collection_phone_in",
        ["We found a biscuit"],
    ),
    (
        "How did the expert identify Martin's gold coins?",
        "za_coin_collection_phone_in",
        ["Then they're sovereigns, St"],
    ),
    ("What is an ordinary sovereign worth?", "za_coin_collection_phone_in", ["Even a common date"]),
    ("Are old pennies worth much?", "za_coin_collection_phone_in", ["Sadly, old pennies are"]),
    ("Which year of penny is famously rare?", "za_coin_collection_phone_in", ["The 1933 penny is"]),
    (
        "Why shouldn't Martin's son polish the coins?",
        "za_coin_collection_phone_in",
        ["Cleaning a coin can"],
    ),
    (
        "Why not sell the gold coins to a jeweller?",
        "za_coin_collection_phone_in",
        ["A jeweller will pay"],
    ),
    (
        "How can Martin tell which British coins contain silver?",
        "za_coin_collection_phone_in",
        ["Sort out anything silver,"],
    ),
    (
        "What did the expert suggest doing with the leftover coins in the tin?",
        "za_coin_collection_phone_in",
        ["The rest makes a"],
    ),
    # za_ham_radio_licence
    (
        "What got Jean interested in amateur radio?",
        "za_ham_radio_licence",
        ["My grandson's the reason,"],
    ),
    (
        "Can you take the amateur radio exam from home?",
        "za_ham_radio_licence",
        ["There's an entry-level exam,"],
    ),
    ("How did Jean prepare for her licence exam?", "za_ham_radio_licence", ["I studied with a"]),
    (
        "What helped Jean understand the electronics part of the course?",
        "za_ham_radio_licence",
        ["The electronics scared me,"],
    ),
    ("Who was Jean's first radio contact?", "za_ham_radio_licence", ["A man in the"]),
    ("What went wrong during Jean's first contact?", "za_ham_radio_licence", ["I was shaking so"]),
    (
        "How much did Jean pay for her first radio set?",
        "za_ham_radio_licence",
        ["A second-hand transceiver from"],
    ),
    (
        "Why did Jean's neighbour object to the aerial at first?",
        "za_ham_radio_licence",
        ["She thought it was"],
    ),
    (
        "What power was Jean using when she reached New Zealand?",
        "za_ham_radio_licence",
        ["New Zealand, using only"],
    ),
    # za_ham_radio_club_field_day
    (
        "Where is the radio club holding its field day?",
        "za_ham_radio_club_field_day",
        ["We're on the hill"],
    ),
    (
        "What conditions has the farmer put on the field day?",
        "za_ham_radio_club_field_day",
        ["He is, as long"],
    ),
    (
        "How many operators did the club have at last year's field day?",
        "za_ham_radio_club_field_day",
        ["Last year we had"],
    ),
    (
        "Why have fewer members signed up to operate this year?",
        "za_ham_radio_club_field_day",
        ["Two have moved away,"],
    ),
    (
        "Why did Pete want to keep operating through the night?",
        "za_ham_radio_club_field_day",
        ["But the overnight hours"],
    ),
    (
        "What was decided about the overnight shift?",
        "za_ham_radio_club_field_day",
        ["Then let's keep the"],
    ),
    (
        "How much will it cost to repair the club generator?",
        "za_ham_radio_club_field_day",
        ["A new one's £85,"],
    ),
    (
        "Why did the secretary not want to borrow the scouts' generator?",
        "za_ham_radio_club_field_day",
        ["It put interference on"],
    ),
    (
        "What does the council want the radio club to do in the flood exercise?",
        "za_ham_radio_club_field_day",
        ["If the mobile network"],
    ),
    (
        "What is wrong with the club's repeater?",
        "za_ham_radio_club_field_day",
        ["Our repeater on the"],
    ),
    (
        "On what condition will the club help the council?",
        "za_ham_radio_club_field_day",
        ["I'll write to the"],
    ),
]
