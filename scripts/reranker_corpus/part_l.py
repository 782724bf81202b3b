"""History and travel podcast conversations with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "l_castle_tower_house": {
        "turns": [
            (
                "host",
                "Welcome back to Stones and Stories. Today I'm with Fiona Baird, who spent six years bringing a ruined tower house in Aberdeenshire back to life. Fiona, how did it start?",
            ),
            (
                "guest",
                "My husband and I bought it in 2011 for £85,000, which sounds cheap until you see it. There was no roof, no floors, and a sycamore tree growing out of the great hall.",
            ),
            ("host", "A tree? Inside?"),
            (
                "guest",
                "Right in the middle. It was about forty years old, so the place had been open to the sky at least that long.",
            ),
            ("host", "What did you tackle first?"),
            (
                "guest",
                "The roof, obviously. We couldn't do anything else while the rain was still coming in. The slates came from a demolished church in Perth, because the original quarry at Ballachulish closed decades ago.",
            ),
            ("host", "And the walls themselves?"),
            (
                "guest",
                "They were sound, mostly. The problem was the cement someone had used in the 1960s. It traps moisture, so we had to rake it all out and repoint with lime mortar.",
            ),
            ("host", "How long did that take?"),
            (
                "guest",
                "Two full summers. Lime can't go on when there's frost, so you only get a window from April to October.",
            ),
            ("host", "Did you have help?"),
            (
                "guest",
                "A stonemason called Duncan Reid, who's done work on Edinburgh Castle. He taught me to mix lime, and by the end I was doing the upper walls myself.",
            ),
            ("host", "What about money? Did you get grants?"),
            (
                "guest",
                "Historic Environment Scotland gave us about 30% of the roof cost. The rest was our savings and, honestly, a second mortgage.",
            ),
            ("host", "Would you do it again?"),
            ("guest", "Yes, but I'd budget double. Everyone tells you that and nobody listens."),
            ("host", "Fair enough. And what's it like now?"),
            (
                "guest",
                "We live on the top two floors, and the great hall is rented out for weddings, which pays for the upkeep.",
            ),
            ("host", "Lovely."),
        ],
    },
    "l_castle_gatehouse": {
        "turns": [
            (
                "host",
                "This is Past Present, and I'm at Castell Garw in north Wales, where a community trust is rebuilding the gatehouse. With me are Gareth, who coordinates the volunteers, and Dr Anwen Price, the site archaeologist.",
            ),
            ("volunteer", "Croeso, welcome."),
            ("host", "Gareth, how many people are involved?"),
            (
                "volunteer",
                "We've got about 140 on the books, and on a good Saturday maybe 30 turn up. The oldest is 84 and she sieves soil faster than anyone.",
            ),
            ("host", "And Anwen, what have you found so far?"),
            (
                "archaeologist",
                "The big one was the drawbridge pit. We knew from a 1740 drawing there had been one, but nobody knew how deep it was. It turned out to be nearly four metres.",
            ),
            ("host", "Anything smaller?"),
            (
                "archaeologist",
                "A silver penny of Edward the First, found by a twelve-year-old on a school visit. That dates the gate passage to around 1290.",
            ),
            ("host", "Gareth, where's the money coming from?"),
            (
                "volunteer",
                "The Heritage Lottery Fund gave us 1.2 million in 2019. Local businesses covered the scaffolding, and the pub runs a quiz every month for us.",
            ),
            ("host", "I heard there was an argument about the battlements."),
            ("volunteer", "There was, yes."),
            (
                "archaeologist",
                "I was against rebuilding them. We simply don't know what they looked like, and I'd rather leave an honest ruin than invent something.",
            ),
            (
                "volunteer",
                "Whereas I think visitors want to see a castle, not a stump. In the end we agreed to rebuild the gate arch but leave the top as it is.",
            ),
            ("host", "A compromise, then."),
            ("archaeologist", "Exactly, yes."),
            ("host", "When can people visit?"),
            (
                "volunteer",
                "The gate opens properly next Easter, and entry will stay free because the lottery money requires it.",
            ),
        ],
    },
    "l_family_history_workhouse": {
        "turns": [
            (
                "host",
                "You're listening to Roots on Sunday. Our genealogist Margaret Hollis is in the studio, and we've got Peter on the line from Leicester. Go on, Peter.",
            ),
            (
                "caller",
                "Hi. I've been stuck for years on my great-grandmother, Ellen Cole. She just appears in the 1891 census with three children and no husband.",
            ),
            (
                "genealogist",
                "That's a very common brick wall. Have you looked at the workhouse admission registers?",
            ),
            ("caller", "I didn't know they existed."),
            (
                "genealogist",
                "Many survive at county record offices. They list who came in, the date, and often a reason, like deserted by husband.",
            ),
            ("caller", "Would they be online?"),
            (
                "genealogist",
                "Some are, but Leicestershire's mostly aren't, so you'd need to visit the record office in Wigston. It's free to search there.",
            ),
            ("host", "Margaret, what would Peter be looking for exactly?"),
            (
                "genealogist",
                "Her name, obviously, but also the children's names, because the clerks often spelled the mother's name wrong.",
            ),
            ("caller", "Her surname was spelled Cole, Coal and Coles in different places."),
            (
                "genealogist",
                "That's typical. Search all three, and try the maiden name too if you know it.",
            ),
            ("caller", "I don't, that's partly the problem."),
            (
                "genealogist",
                "Then order the birth certificate of her eldest child from the General Register Office. It costs about £12 and gives the mother's maiden surname.",
            ),
            ("host", "That's a good tip."),
            ("caller", "I'll do that this week. Thank you."),
            ("genealogist", "And let us know what you find. We love an update."),
            ("host", "We do. Thanks, Peter."),
        ],
    },
    "l_family_history_dna": {
        "turns": [
            (
                "host",
                "On today's episode of Branches, I'm talking to Siobhan Kerr, who took a DNA test as a birthday present and found a whole branch of her family she'd never heard of.",
            ),
            ("guest", "That's right. My daughter bought me the kit in 2020, mostly as a joke."),
            ("host", "And what came back?"),
            (
                "guest",
                "The ethnicity part was boring, about 70% Irish, which we knew. But there was a match listed as a close relative, a man called Tom Brennan in Boston.",
            ),
            ("host", "How close?"),
            ("guest", "They estimated a half-first-cousin, about 450 shared centimorgans."),
            ("host", "So a shared grandparent."),
            (
                "guest",
                "Exactly. And it turned out my grandfather, Michael, had a son in Massachusetts before he came back to Cork in 1932. Nobody in the family ever mentioned it.",
            ),
            ("host", "How did you confirm it?"),
            (
                "guest",
                "Tom had a letter his grandmother kept, signed by Michael, with a Cork address on it. It was the same farm my mother grew up on.",
            ),
            ("host", "That must have been a shock."),
            ("guest", "For my mother, yes. She was 81 and she cried, but she was glad to know."),
            ("host", "Have you met Tom?"),
            (
                "guest",
                "Last summer he flew over with his wife. We took him to the farm, and he stood in the yard for ages without saying a word.",
            ),
            ("host", "What would you say to people nervous about testing?"),
            (
                "guest",
                "Be ready for surprises. I'd talk to your older relatives first, because once the results are there you can't unsee them.",
            ),
            ("host", "Good advice."),
        ],
    },
    "l_veteran_korea": {
        "turns": [
            (
                "host",
                "This is Voices Remembered. I'm at a care home in Hull with Alf Pickering, who's 92, and his grandson Liam, who set up this interview. Alf, you were in Korea.",
            ),
            (
                "veteran",
                "I was. Called up for national service in 1950, and by the following spring I was on a troopship to Pusan.",
            ),
            ("host", "How old were you?"),
            ("veteran", "Only nineteen at the time. I'd never been further than Scarborough."),
            ("grandson", "Tell him about the cold, Grandad."),
            (
                "veteran",
                "The cold was the worst of it, worse than the shelling. In January it got down to minus 30, and the tea froze in your mug before you'd finished it.",
            ),
            ("host", "How did you cope with that?"),
            (
                "veteran",
                "We slept two to a hole, back to back, with our boots inside the sleeping bag. If you left them out they'd be solid by morning.",
            ),
            ("host", "Were you on the front line the whole time?"),
            (
                "veteran",
                "On and off. We'd do three weeks up on the hills near the Imjin River, then a week back to rest.",
            ),
            ("grandson", "He's never told us much about the fighting."),
            (
                "veteran",
                "No, and I won't now, lad. I lost two good mates there, Harry Dobbs and a Welsh boy we called Taff. That's all I'll say.",
            ),
            ("host", "That's fine. What made you start talking about it at all?"),
            (
                "veteran",
                "Liam's school project, in 2019. He asked me, and I thought, well, if I don't say it, nobody will.",
            ),
            ("grandson", "I got an A for it, too."),
            ("veteran", "He did."),
            ("host", "And what do you want people to remember?"),
            (
                "veteran",
                "That it wasn't a forgotten war to us. We came home and nobody asked, so we just got on with it.",
            ),
        ],
    },
    "l_veteran_falklands": {
        "turns": [
            (
                "host",
                "Welcome to Forty Years On. My guest is Rob Tanner, who was a 21-year-old signaller when he landed at San Carlos in May 1982. Rob, what do you remember first?",
            ),
            (
                "guest",
                "The smell of the ship. We'd been on the Canberra for nearly six weeks, and it stank of diesel and wet wool.",
            ),
            ("host", "And the landing itself?"),
            (
                "guest",
                "Chaotic. It was the 21st of May, pitch dark, and the landing craft ran aground short of the beach, so we waded in up to our waists.",
            ),
            ("host", "In that water?"),
            (
                "guest",
                "About four degrees. My radio stayed dry because I held it over my head, which was the only thing I was proud of that day.",
            ),
            ("host", "What was your job, exactly?"),
            (
                "guest",
                "Keeping the battalion talking to the brigade. If the radios went down, nobody knew where anybody was.",
            ),
            ("host", "Did they go down?"),
            (
                "guest",
                "Constantly. The batteries hated the cold, so we'd sleep with the spares inside our shirts to keep them warm.",
            ),
            ("host", "Were you at Goose Green?"),
            (
                "guest",
                "No, we were further north, on the march to Teal Inlet. We walked about 80 kilometres with everything on our backs.",
            ),
            ("host", "How did you feel when it ended?"),
            (
                "guest",
                "Numb, really. Then relieved. Then, years later, angry about how little help there was for the lads who struggled afterwards.",
            ),
            ("host", "Have you been back?"),
            (
                "guest",
                "Twice, in 2007 and 2022. The islanders treat you like family. One woman in Stanley still sends me a Christmas card.",
            ),
            ("host", "That's a lovely thing."),
            ("guest", "It is. It helps."),
        ],
    },
    "l_walk_dolomites": {
        "turns": [
            (
                "host",
                "On Trail Talk this week, two friends, Kate and Priya, who walked the Alta Via 1 in the Dolomites last September. Kate, how long did it take you?",
            ),
            ("kate", "Ten days, hut to hut, about 120 kilometres."),
            (
                "priya",
                "And roughly 7,000 metres of climbing, which I did not fully appreciate when I signed up.",
            ),
            ("host", "Why September?"),
            (
                "kate",
                "The huts are quieter after the Italian holidays in August, and the weather's usually settled. We had only one day of rain.",
            ),
            ("host", "What were the huts like?"),
            (
                "priya",
                "Better than I expected. Hot showers cost a token, about three euros. Dinner was always pasta, then meat, then strudel.",
            ),
            ("kate", "Priya ate two strudels most nights."),
            ("priya", "I'd earned them."),
            ("host", "Any hard moments?"),
            (
                "kate",
                "Day six, the descent from Rifugio Lagazuoi. There's a section with cables fixed to the rock, and I'm not great with heights.",
            ),
            ("priya", "She was fine. She just swore a lot."),
            ("host", "Did you need special gear?"),
            (
                "kate",
                "Not really. We took a helmet for the old war tunnels, but no harness. Good boots and poles matter far more.",
            ),
            ("host", "What would you tell someone planning it?"),
            (
                "priya",
                "Book the huts in January. By March the popular ones, like Lagazuoi, are full.",
            ),
            ("kate", "And pack light. Mine was nine kilos and I still wished it were less."),
            ("host", "Would you go back?"),
            ("priya", "Already planning the Alta Via 2."),
        ],
    },
    "l_walk_picos": {
        "turns": [
            (
                "host",
                "Today I'm talking to Javier Soto, who leads small-group walking holidays in the Picos de Europa in northern Spain. Javier, why the Picos?",
            ),
            (
                "guide",
                "Because they're an hour from the sea, and most British walkers have never heard of them. You can be on a limestone peak in the morning and eating fish in Llanes at night.",
            ),
            ("host", "How big are the groups?"),
            ("guide", "Never more than eight. Any bigger and the narrow paths become a queue."),
            ("host", "What's the classic walk?"),
            (
                "guide",
                "The Cares Gorge. It's 12 kilometres along a path cut into the cliff for a hydroelectric canal in the 1940s.",
            ),
            ("host", "Is it frightening?"),
            (
                "guide",
                "The path is wide, about two metres, but there's no railing, and the drop is 200 metres in places. Most people are fine after the first ten minutes.",
            ),
            ("host", "What fitness level do people need?"),
            (
                "guide",
                "If you can walk six hours on hills at home, you'll manage. The hardest day climbs about 1,100 metres.",
            ),
            ("host", "And the weather?"),
            (
                "guide",
                "That's the catch. Clouds come in from the Atlantic, so June can be misty for days. I prefer late September.",
            ),
            ("host", "What about food?"),
            (
                "guide",
                "Cheese, mostly. Cabrales is matured in caves for up to four months, and it's very strong. Half my clients love it and half can't go near it.",
            ),
            ("host", "What does a week cost?"),
            (
                "guide",
                "About £1,400, including hotels, most meals and transfers from Santander airport, but not flights.",
            ),
            ("host", "Sounds tempting."),
        ],
    },
    "l_sailing_hebrides": {
        "turns": [
            (
                "host",
                "Welcome to Salt and Wind. This week, skipper Ewan Mackie and his sister Ruth, who took a 32-foot yacht round the Outer Hebrides in June. Ewan, where did you start?",
            ),
            (
                "skipper",
                "From Oban, on the mainland. We went out through the Sound of Mull and crossed the Minch to Barra on day two.",
            ),
            ("host", "How was the crossing?"),
            ("crew", "Horrible. Force six on the nose and I was sick for five hours."),
            ("skipper", "She was a hero, though. She still did her watch."),
            ("host", "What's the boat?"),
            ("skipper", "A 1987 Contessa, called Kittiwake. Old but very seaworthy."),
            ("host", "Where did you anchor?"),
            (
                "crew",
                "Mostly in sheltered bays. The best was Loch Skipport on South Uist, where we had the whole loch to ourselves and an otter swam past the boat.",
            ),
            ("host", "Did anything go wrong?"),
            (
                "skipper",
                "The engine overheated off Harris because a plastic bag blocked the water intake. I had to lean over the stern with a knife to clear it.",
            ),
            ("host", "In the open sea?"),
            ("skipper", "Yes, with Ruth holding my belt."),
            ("crew", "Which I nearly let go of."),
            ("host", "How long was the trip?"),
            ("skipper", "Sixteen days, about 380 nautical miles."),
            ("host", "And what would you say to someone thinking of sailing there?"),
            (
                "skipper",
                "Allow spare days for weather. We sat in Stornoway for three days waiting for a gale to pass, and if we'd had a deadline we'd have been in trouble.",
            ),
        ],
    },
    "l_sailing_atlantic": {
        "turns": [
            (
                "host",
                "My guest today is Nadia Okafor, who crossed the Atlantic last winter as crew on a 45-foot yacht with three strangers. Nadia, how did that happen?",
            ),
            (
                "guest",
                "I answered an advert on a crew-finding website in 2022. The owner, a retired dentist from Bristol, wanted two watch-keepers who could cook.",
            ),
            ("host", "Could you cook?"),
            ("guest", "Well enough. I'd done a Day Skipper course, too, which helped."),
            ("host", "Where did you leave from?"),
            (
                "guest",
                "Las Palmas in Gran Canaria, on the 20th of November, and we arrived in St Lucia 19 days later.",
            ),
            ("host", "What's a normal day like out there?"),
            (
                "guest",
                "Three hours on watch, six off, round the clock. You sleep in bits and lose track of the date.",
            ),
            ("host", "Did you all get along?"),
            (
                "guest",
                "Mostly. One man never washed up, and by week two that had become the biggest issue on board.",
            ),
            ("host", "Was there any danger?"),
            (
                "guest",
                "A squall on day eleven knocked us flat for a few seconds. Nothing broke, but the spinnaker tore, and we flew the smaller sail the rest of the way.",
            ),
            ("host", "And the good moments?"),
            (
                "guest",
                "The stars, and a pod of about 50 dolphins that stayed with us for an hour. And catching a mahi-mahi, which we ate raw with lime.",
            ),
            ("host", "Did it cost you much?"),
            ("guest", "I paid about €30 a day towards food and fuel, plus my flight home."),
            ("host", "Would you go again?"),
            ("guest", "Tomorrow, but with a different crew."),
        ],
    },
    "l_food_tour_naples": {
        "turns": [
            (
                "host",
                "On Taste Trips today, I'm in Naples with Luca, who runs a four-hour food walk through the old town. Luca, where do we start?",
            ),
            (
                "guide",
                "At a fried-pizza stall in Via dei Tribunali. Before the oven pizza, poor families ate pizza fritta, folded and fried, because it was cheap and filling.",
            ),
            ("host", "How much is one?"),
            ("guide", "Two euros fifty. It's still the best value in the city."),
            ("host", "And after that?"),
            (
                "guide",
                "Sfogliatella, the shell-shaped pastry filled with ricotta and orange. We go to a bakery that's made them since 1922.",
            ),
            ("host", "Is there a right way to eat it?"),
            (
                "guide",
                "Hot, standing up, and over a napkin, because the crust shatters everywhere.",
            ),
            ("host", "What about the famous margherita?"),
            (
                "guide",
                "We stop at a pizzeria near Piazza Bellini. Real Neapolitan pizza should be soft in the middle, almost wet. Tourists sometimes complain it's undercooked, but that's how it's meant to be.",
            ),
            ("host", "Do you get many complaints?"),
            ("guide", "Only about the walking. It's about six kilometres with all the stops."),
            ("host", "How many people come on each tour?"),
            ("guide", "Twelve at most, so we fit inside the little shops."),
            ("host", "And the finish?"),
            (
                "guide",
                "Coffee, always. Neapolitans drink it in one gulp at the bar, and I make everyone try it with the sugar already in the cup.",
            ),
            ("host", "Sounds perfect. What does it cost?"),
            ("guide", "Sixty-five euros, and it's usually booked out a week ahead in summer."),
        ],
    },
    "l_food_tour_istanbul": {
        "turns": [
            (
                "host",
                "This week on Taste Trips we're in Istanbul with Elif, who guides food tours on the Asian side, in Kadikoy. We're joined by Martin, a listener who took the tour in April. Elif, why the Asian side?",
            ),
            (
                "guide",
                "Because that's where people actually live and shop. The old town is beautiful, but most restaurants there cook for visitors.",
            ),
            ("host", "Martin, what did you eat first?"),
            (
                "tourist",
                "Breakfast, and a huge one. About fifteen small plates, with olives, honey with clotted cream, eggs with peppers, and simit, the sesame bread rings.",
            ),
            (
                "guide",
                "The cream is called kaymak. It comes from buffalo milk and most places sell out by ten.",
            ),
            ("host", "What surprised you, Martin?"),
            (
                "tourist",
                "The stuffed mussels from a street cart. I'd have never dared on my own, but Elif said the vendor had been there 30 years.",
            ),
            ("guide", "You choose sellers with queues of locals. That's the only rule I need."),
            ("host", "Did anyone dislike anything?"),
            (
                "tourist",
                "Kokorec, the grilled lamb intestines. I tried one bite. My wife ate the rest.",
            ),
            ("host", "How does the tour finish?"),
            (
                "guide",
                "With Turkish coffee, and I read the grounds in the cup for anyone who wants their fortune.",
            ),
            ("tourist", "She told me I'd travel again soon, which was safe to predict."),
            ("host", "And how do people get there?"),
            (
                "guide",
                "By ferry from Eminonu. It takes twenty minutes and costs less than a pound, and it's the best view of the city.",
            ),
            ("host", "How long does it all last?"),
            ("guide", "Around five hours. Don't eat breakfast before you come."),
        ],
    },
    "l_lighthouse_rock": {
        "turns": [
            (
                "host",
                "This is Coast Lines. My guest, Bill Trewin, spent 22 years as a lighthouse keeper, much of it on the Wolf Rock off Cornwall. Bill, what was a rock posting like?",
            ),
            (
                "keeper",
                "Three men, eight weeks on and four weeks off. The tower's only about 35 metres high, so you're living in a stack of round rooms, one on top of the other.",
            ),
            ("host", "How did you get on and off?"),
            (
                "keeper",
                "By boat from Penzance, when the sea allowed it. In the 1970s we started using a helicopter, which was a great relief.",
            ),
            ("host", "What was the daily routine?"),
            (
                "keeper",
                "Watches of four hours. At night you kept the light turning, wound the clockwork, and wrote the weather in the log every three hours.",
            ),
            ("host", "Did it ever feel dangerous?"),
            (
                "keeper",
                "In a big storm the waves came right over the lantern. The whole tower shuddered and the cups rattled on the shelf.",
            ),
            ("host", "What did you do with all that time?"),
            (
                "keeper",
                "I made ships in bottles. I sold about 200 of them over the years. One of the other keepers taught himself Spanish from records.",
            ),
            ("host", "Did you ever get relieved late?"),
            (
                "keeper",
                "Once, in 1978, we were stuck for 17 extra days because of the weather. We were down to tinned pilchards and porridge.",
            ),
            ("host", "When did it end for you?"),
            (
                "keeper",
                "The Wolf was automated in 1988, and I was one of the last crew to leave. Handing the keys over felt like a funeral.",
            ),
            ("host", "Do you miss it?"),
            ("keeper", "Every day, if I'm honest."),
        ],
    },
    "l_lighthouse_daughter": {
        "turns": [
            (
                "host",
                "Today on Coast Lines, I'm with Morag Innes, whose father kept the light at Ardnamurchan Point, and who grew up in the keepers' cottages there. Morag, what's your earliest memory?",
            ),
            (
                "guest",
                "The beam sweeping across my bedroom ceiling. Every twenty seconds, all night. I couldn't sleep anywhere else for years.",
            ),
            ("host", "How many families lived there?"),
            (
                "guest",
                "Three, one for each keeper. There were six children, and we had a teacher who came out twice a week until I was eight.",
            ),
            ("host", "And after that?"),
            (
                "guest",
                "I boarded in Fort William during the week. I hated it, and I cried every Sunday night on the road back.",
            ),
            ("host", "What did your father's work involve?"),
            (
                "guest",
                "Polishing, mostly. The brass, the lenses, the windows. He said a keeper who couldn't see his face in the brass wasn't trying.",
            ),
            ("host", "Were there rules for the families too?"),
            (
                "guest",
                "Oh yes. The Northern Lighthouse Board inspector came every year, and my mother scrubbed the doorstep for a week beforehand.",
            ),
            ("host", "When did the station close?"),
            (
                "guest",
                "It was automated in 1988 and my father was moved to a shore job in Oban. He never really settled.",
            ),
            ("host", "What's it like there now?"),
            (
                "guest",
                "There's a visitor centre, and you can climb the tower. I went up last year for the first time in forty years.",
            ),
            ("host", "How did that feel?"),
            (
                "guest",
                "Strange. It was smaller than I remembered, but the view hadn't changed at all.",
            ),
        ],
    },
}

QUESTIONS = [
    # l_castle_tower_house
    (
        "How much did the couple pay for the ruined tower in Aberdeenshire?",
        "l_castle_tower_house",
        ["My husband and I"],
    ),
    (
        "How old was the tree growing inside the great hall?",
        "l_castle_tower_house",
        ["It was about forty"],
    ),
    (
        "Where did they get slates for the tower house roof?",
        "l_castle_tower_house",
        ["The slates came from"],
    ),
    (
        "Why did the old cement from the sixties have to come out?",
        "l_castle_tower_house",
        ["It traps moisture, so"],
    ),
    (
        "How long did repointing the tower walls take?",
        "l_castle_tower_house",
        ["Two full summers."],
    ),
    (
        "Why can you only work with lime between spring and autumn?",
        "l_castle_tower_house",
        ["Lime can't go on"],
    ),
    (
        "Who showed Fiona how to mix lime mortar?",
        "l_castle_tower_house",
        ["A stonemason called Duncan", "He taught me to"],
    ),
    (
        "How was the tower house restoration paid for?",
        "l_castle_tower_house",
        ["Historic Environment Scotland gave", "The rest was our"],
    ),
    (
        "What's her advice on budgeting if you restore an old building?",
        "l_castle_tower_house",
        ["Yes, but I'd budget"],
    ),
    ("How does the tower cover its running costs now?", "l_castle_tower_house", ["We live on the"]),
    # l_castle_gatehouse
    (
        "How many volunteers are signed up for the gatehouse project?",
        "l_castle_gatehouse",
        ["We've got about 140"],
    ),
    (
        "How old is the eldest volunteer at the Welsh castle?",
        "l_castle_gatehouse",
        ["The oldest is 84"],
    ),
    ("How did they know the gate once had a drawbridge?", "l_castle_gatehouse", ["We knew from a"]),
    ("How deep did the drawbridge pit turn out to be?", "l_castle_gatehouse", ["It turned out to"]),
    (
        "Who discovered the medieval coin at Castell Garw?",
        "l_castle_gatehouse",
        ["A silver penny of"],
    ),
    (
        "What date does the coin give for the gate passage?",
        "l_castle_gatehouse",
        ["That dates the gate"],
    ),
    (
        "Who paid for the scaffolding on the gatehouse?",
        "l_castle_gatehouse",
        ["Local businesses covered the"],
    ),
    (
        "Why was the archaeologist opposed to rebuilding the battlements?",
        "l_castle_gatehouse",
        ["I was against rebuilding", "We simply don't know"],
    ),
    (
        "What compromise was reached about the top of the gatehouse?",
        "l_castle_gatehouse",
        ["In the end we"],
    ),
    (
        "Why will entry to the Welsh gatehouse be free?",
        "l_castle_gatehouse",
        ["The gate opens properly"],
    ),
    # l_family_history_workhouse
    (
        "In which census does Peter's great-grandmother first turn up?",
        "l_family_history_workhouse",
        ["She just appears in"],
    ),
    (
        "What records did the genealogist suggest for finding out about the missing husband?",
        "l_family_history_workhouse",
        ["Have you looked at"],
    ),
    (
        "What do workhouse admission books record?",
        "l_family_history_workhouse",
        ["They list who came"],
    ),
    (
        "Where would Peter need to go to search the Leicestershire registers?",
        "l_family_history_workhouse",
        ["Some are, but Leicestershire's"],
    ),
    (
        "Why search for the children's names as well as the mother's?",
        "l_family_history_workhouse",
        ["Her name, obviously, but"],
    ),
    (
        "What different spellings of Ellen's surname has the caller come across?",
        "l_family_history_workhouse",
        ["Her surname was spelled"],
    ),
    (
        "How can he find out his great-grandmother's maiden name?",
        "l_family_history_workhouse",
        ["Then order the birth"],
    ),
    (
        "What is the fee for a certificate from the General Register Office?",
        "l_family_history_workhouse",
        ["It costs about £12"],
    ),
    # l_family_history_dna
    ("Who bought Siobhan her DNA kit?", "l_family_history_dna", ["My daughter bought me"]),
    (
        "What share of her ancestry came back as Irish?",
        "l_family_history_dna",
        ["The ethnicity part was"],
    ),
    (
        "How much DNA did she share with the man in Boston?",
        "l_family_history_dna",
        ["They estimated a half-first-cousin"],
    ),
    ("When did her grandfather go back to Cork?", "l_family_history_dna", ["And it turned out"]),
    (
        "What evidence confirmed the American relative?",
        "l_family_history_dna",
        ["Tom had a letter"],
    ),
    ("How did Siobhan's mother take the news?", "l_family_history_dna", ["She was 81 and"]),
    ("What did Tom do when he saw the family farm?", "l_family_history_dna", ["We took him to"]),
    (
        "What should you do before sending off a DNA test, according to Siobhan?",
        "l_family_history_dna",
        ["I'd talk to your"],
    ),
    # l_veteran_korea
    ("When was Alf called up for national service?", "l_veteran_korea", ["Called up for national"]),
    ("How old was Alf when he was sent to Korea?", "l_veteran_korea", ["Only nineteen at the"]),
    (
        "How low did temperatures fall in the Korean winter?",
        "l_veteran_korea",
        ["In January it got"],
    ),
    (
        "How did the soldiers keep their boots from freezing?",
        "l_veteran_korea",
        ["We slept two to"],
    ),
    (
        "How long did they spend in the line before resting?",
        "l_veteran_korea",
        ["We'd do three weeks"],
    ),
    ("Which friends did Alf lose in the war?", "l_veteran_korea", ["I lost two good"]),
    (
        "What got the Korea veteran talking about his experiences?",
        "l_veteran_korea",
        ["Liam's school project, in"],
    ),
    ("What mark did the grandson get for his project?", "l_veteran_korea", ["I got an A"]),
    (
        "What does Alf want people to understand about the war?",
        "l_veteran_korea",
        ["That it wasn't a"],
    ),
    # l_veteran_falklands
    (
        "Which ship took Rob down to the South Atlantic?",
        "l_veteran_falklands",
        ["We'd been on the"],
    ),
    (
        "Why did the troops at San Carlos have to wade ashore?",
        "l_veteran_falklands",
        ["It was the 21st"],
    ),
    ("How cold was the sea when they landed?", "l_veteran_falklands", ["About four degrees."]),
    ("How did he keep his radio from getting wet?", "l_veteran_falklands", ["My radio stayed dry"]),
    (
        "What was Rob's role as a signaller?",
        "l_veteran_falklands",
        ["Keeping the battalion talking"],
    ),
    (
        "How did they stop the radio batteries dying in the cold?",
        "l_veteran_falklands",
        ["The batteries hated the"],
    ),
    ("How far did they march to Teal Inlet?", "l_veteran_falklands", ["We walked about 80"]),
    (
        "What made Rob angry in the years after the war?",
        "l_veteran_falklands",
        ["Then, years later, angry"],
    ),
    ("When has he gone back to the Falklands?", "l_veteran_falklands", ["Twice, in 2007 and"]),
    # l_walk_dolomites
    (
        "How many days did Kate and Priya spend on the Alta Via 1?",
        "l_walk_dolomites",
        ["Ten days, hut to"],
    ),
    (
        "How much climbing was there on the Dolomites trek?",
        "l_walk_dolomites",
        ["And roughly 7,000 metres"],
    ),
    (
        "Why did the two friends go to the Dolomites in September?",
        "l_walk_dolomites",
        ["The huts are quieter"],
    ),
    ("What does a hot shower cost in the rifugios?", "l_walk_dolomites", ["Hot showers cost a"]),
    (
        "What did they eat in the evenings at the huts?",
        "l_walk_dolomites",
        ["Dinner was always pasta"],
    ),
    (
        "Which part of the route did Kate struggle with?",
        "l_walk_dolomites",
        ["Day six, the descent", "There's a section with"],
    ),
    ("Did they need a harness or any special equipment?", "l_walk_dolomites", ["We took a helmet"]),
    (
        "When should you reserve the huts for the Alta Via?",
        "l_walk_dolomites",
        ["Book the huts in"],
    ),
    ("How heavy was Kate's rucksack?", "l_walk_dolomites", ["Mine was nine kilos"]),
    # l_walk_picos
    (
        "Why does Javier like the Picos de Europa for walking?",
        "l_walk_picos",
        ["Because they're an hour"],
    ),
    (
        "What's the largest group size on Javier's trips?",
        "l_walk_picos",
        ["Never more than eight."],
    ),
    (
        "Why was the path through the Cares Gorge built?",
        "l_walk_picos",
        ["It's 12 kilometres along"],
    ),
    (
        "Is there a railing along the gorge path, and how far is the drop?",
        "l_walk_picos",
        ["The path is wide,"],
    ),
    (
        "How fit do you have to be for the Spanish walking holiday?",
        "l_walk_picos",
        ["If you can walk"],
    ),
    ("Why isn't June a good month for the Picos?", "l_walk_picos", ["Clouds come in from"]),
    ("How is Cabrales cheese made?", "l_walk_picos", ["Cabrales is matured in"]),
    (
        "How much is a week with Javier and what's included?",
        "l_walk_picos",
        ["About £1,400, including hotels"],
    ),
    # l_sailing_hebrides
    (
        "Where did the Outer Hebrides voyage set off from?",
        "l_sailing_hebrides",
        ["From Oban, on the"],
    ),
    ("What was the weather like crossing the Minch?", "l_sailing_hebrides", ["Force six on the"]),
    ("What boat did Ewan and Ruth sail?", "l_sailing_hebrides", ["A 1987 Contessa, called"]),
    ("Which anchorage did they enjoy most?", "l_sailing_hebrides", ["The best was Loch"]),
    (
        "What caused the engine to overheat off Harris?",
        "l_sailing_hebrides",
        ["The engine overheated off"],
    ),
    (
        "Who held on to Ewan while he cleared the blockage?",
        "l_sailing_hebrides",
        ["Yes, with Ruth holding"],
    ),
    (
        "How many miles did they cover round the islands?",
        "l_sailing_hebrides",
        ["Sixteen days, about 380"],
    ),
    (
        "Why should you leave extra days when sailing the Hebrides?",
        "l_sailing_hebrides",
        ["We sat in Stornoway"],
    ),
    # l_sailing_atlantic
    (
        "How did Nadia get a berth on the transatlantic yacht?",
        "l_sailing_atlantic",
        ["I answered an advert"],
    ),
    ("What kind of crew was the boat owner after?", "l_sailing_atlantic", ["The owner, a retired"]),
    ("How many days did the Atlantic crossing take?", "l_sailing_atlantic", ["Las Palmas in Gran"]),
    (
        "How were the watches arranged on the crossing?",
        "l_sailing_atlantic",
        ["Three hours on watch,"],
    ),
    (
        "What was the main source of friction on board?",
        "l_sailing_atlantic",
        ["One man never washed"],
    ),
    ("What got damaged in the squall?", "l_sailing_atlantic", ["Nothing broke, but the"]),
    ("How did they eat the fish they caught?", "l_sailing_atlantic", ["And catching a mahi-mahi,"]),
    (
        "How much did Nadia have to pay towards the trip?",
        "l_sailing_atlantic",
        ["I paid about €30"],
    ),
    # l_food_tour_naples
    (
        "Why did poor families in Naples eat fried pizza?",
        "l_food_tour_naples",
        ["Before the oven pizza,"],
    ),
    ("How much does a pizza fritta cost?", "l_food_tour_naples", ["Two euros fifty."]),
    ("How old is the bakery where they try sfogliatella?", "l_food_tour_naples", ["We go to a"]),
    (
        "What's the proper way to eat the shell-shaped pastry?",
        "l_food_tour_naples",
        ["Hot, standing up, and"],
    ),
    (
        "Why do some tourists think the Neapolitan margherita isn't cooked properly?",
        "l_food_tour_naples",
        ["Real Neapolitan pizza should", "Tourists sometimes complain it's"],
    ),
    (
        "How much walking is there on Luca's tour?",
        "l_food_tour_naples",
        ["It's about six kilometres"],
    ),
    ("Why are the Naples tour groups kept small?", "l_food_tour_naples", ["Twelve at most, so"]),
    (
        "How do people in Naples drink their espresso?",
        "l_food_tour_naples",
        ["Neapolitans drink it in"],
    ),
    (
        "What's the price of the Naples food walk?",
        "l_food_tour_naples",
        ["Sixty-five euros, and it's"],
    ),
    # l_food_tour_istanbul
    (
        "Why does Elif run her tours on the Asian side rather than the old town?",
        "l_food_tour_istanbul",
        ["Because that's where people", "The old town is"],
    ),
    (
        "How many dishes were in the Turkish breakfast?",
        "l_food_tour_istanbul",
        ["About fifteen small plates,"],
    ),
    ("What is kaymak made from?", "l_food_tour_istanbul", ["It comes from buffalo"]),
    (
        "Why was Martin willing to try the street mussels?",
        "l_food_tour_istanbul",
        ["I'd have never dared"],
    ),
    (
        "How does Elif decide which street vendors are safe?",
        "l_food_tour_istanbul",
        ["You choose sellers with"],
    ),
    ("Which dish did Martin not like?", "l_food_tour_istanbul", ["Kokorec, the grilled lamb"]),
    (
        "How long is the ferry ride to Kadikoy and what does it cost?",
        "l_food_tour_istanbul",
        ["It takes twenty minutes"],
    ),
    (
        "What does the guide do at the end with the coffee cups?",
        "l_food_tour_istanbul",
        ["With Turkish coffee, and"],
    ),
    ("How long does the Istanbul food tour last?", "l_food_tour_istanbul", ["Around five hours."]),
    # l_lighthouse_rock
    (
        "How long were keepers posted on the Wolf Rock at a stretch?",
        "l_lighthouse_rock",
        ["Three men, eight weeks"],
    ),
    ("How tall is the Wolf Rock lighthouse?", "l_lighthouse_rock", ["The tower's only about"]),
    (
        "How did the crew get out to the rock before helicopters?",
        "l_lighthouse_rock",
        ["By boat from Penzance,"],
    ),
    (
        "How often were weather readings logged at night?",
        "l_lighthouse_rock",
        ["At night you kept"],
    ),
    (
        "What was it like on the rock during a bad storm?",
        "l_lighthouse_rock",
        ["In a big storm", "The whole tower shuddered"],
    ),
    ("How did Bill pass the time as a keeper?", "l_lighthouse_rock", ["I made ships in"]),
    (
        "How long were they stuck waiting for relief in 1978?",
        "l_lighthouse_rock",
        ["Once, in 1978, we"],
    ),
    (
        "What food did they have left when relief was delayed?",
        "l_lighthouse_rock",
        ["We were down to"],
    ),
    (
        "How did Bill feel about leaving when the Wolf Rock was automated?",
        "l_lighthouse_rock",
        ["Handing the keys over"],
    ),
    # l_lighthouse_daughter
    (
        "Why did Morag find it hard to sleep away from the lighthouse?",
        "l_lighthouse_daughter",
        ["The beam sweeping across", "I couldn't sleep anywhere"],
    ),
    (
        "How many children lived at the Ardnamurchan cottages?",
        "l_lighthouse_daughter",
        ["There were six children,"],
    ),
    (
        "Where did Morag go to school once she turned eight?",
        "l_lighthouse_daughter",
        ["I boarded in Fort"],
    ),
    (
        "What did her father say about keepers who didn't polish well?",
        "l_lighthouse_daughter",
        ["He said a keeper"],
    ),
    (
        "How did her mother get ready for the yearly inspection?",
        "l_lighthouse_daughter",
        ["The Northern Lighthouse Board"],
    ),
    (
        "Where was Morag's father sent after Ardnamurchan was automated?",
        "l_lighthouse_daughter",
        ["It was automated in"],
    ),
    ("When did Morag last go up the tower?", "l_lighthouse_daughter", ["I went up last"]),
    (
        "How did the lighthouse seem when she went back?",
        "l_lighthouse_daughter",
        ["It was smaller than"],
    ),
]
