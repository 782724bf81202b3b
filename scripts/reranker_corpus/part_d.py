"""Small-business podcast interviews (bakeries, breweries, roasters, bookshops, bike repair, restaurants, software startups)  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "d_bakery_sourdough": {
        "turns": [
            (
                "host",
                "Welcome back to Small Shop Stories. Today I'm talking to Marta Kowal, who runs a sourdough bakery called Crumb and Crust in Leeds. Marta, thanks for coming on.",
            ),
            ("guest", "Thanks for having me. It's nice to get out of the kitchen for once."),
            ("host", "So how did it all start?"),
            (
                "guest",
                "I was a pharmacist for eleven years. Baking was my weekend hobby, and in 2019 a friend asked me to supply bread for her café. That one order turned into six cafés within a few months.",
            ),
            ("host", "Six cafés from your home kitchen?"),
            (
                "guest",
                "Yes, which was madness. I was getting up at 3 in the morning and baking forty loaves in a domestic oven. My partner said I had to choose between the job and the bread.",
            ),
            ("host", "And you chose the bread."),
            (
                "guest",
                "I did. I left the pharmacy in March 2020, which was terrible timing looking back.",
            ),
            ("host", "Right, the lockdown. How did that go?"),
            (
                "guest",
                "Strangely, it helped. The cafés closed, but people at home wanted proper bread, so we started a doorstep delivery round. At the peak we were delivering 300 loaves a week by bicycle trailer.",
            ),
            ("host", "What about the shop itself? When did that open?"),
            (
                "guest",
                "We signed the lease in the autumn of 2021. The unit used to be a launderette, so the drains were fine but the electrics had to be completely redone.",
            ),
            ("host", "And the oven? That's always the big purchase."),
            (
                "guest",
                "It was a second-hand deck oven from a bakery in Bradford that was closing. We paid £9,000 for it, and then almost the same again to get it moved and installed.",
            ),
            ("host", "Ouch. Any advice for someone thinking of doing the same?"),
            (
                "guest",
                "Keep your day job longer than you want to. I'd also say, price your bread properly from the start, because raising prices later is much harder than people think.",
            ),
            ("host", "Marta, thank you."),
            ("guest", "Thank you, it was fun."),
        ],
    },
    "d_bakery_croissant": {
        "turns": [
            (
                "host",
                "This is Small Shop Stories, and I've got two guests today, brothers Ade and Tom Bello, who run Fold, a croissant bakery in Bristol. Welcome to you both.",
            ),
            ("ade", "Thanks, good to be here."),
            ("tom", "Hi everyone."),
            ("host", "Croissants only? That's a brave menu."),
            (
                "ade",
                "Mostly croissants, plus a couple of loaves at weekends. We wanted to do one thing really well rather than twenty things averagely.",
            ),
            ("host", "Who does what?"),
            (
                "tom",
                "Ade is the baker. I do the numbers, the staff rota and, honestly, most of the washing up.",
            ),
            ("host", "Where did you start out?"),
            (
                "ade",
                "In a rented church hall kitchen in Easton. We paid £15 an hour and had to be out by 8 because of the toddler group.",
            ),
            ("host", "And how did people find you?"),
            (
                "tom",
                "Instagram, mostly. Ade posted a video of the lamination, the butter layers, and it got something like 200,000 views overnight. The next Saturday there was a queue round the block.",
            ),
            ("host", "When did you move into a proper shop?"),
            (
                "tom",
                "In May 2022. We borrowed £40,000 from a start-up loan scheme and another £10,000 from our mum, who still reminds us about it.",
            ),
            ("host", "What's been the hardest part?"),
            (
                "ade",
                "Butter prices. In 2022 the price of the French butter we use went up by nearly 60%, and we didn't want to switch to a cheaper one.",
            ),
            ("host", "So what did you do?"),
            (
                "tom",
                "We put the croissant up from £2.80 to £3.20 and explained why on a sign by the till. Almost nobody complained.",
            ),
            ("host", "Do you two ever disagree?"),
            (
                "ade",
                "All the time. Tom wants to open a second shop next year, and I think we should wait until we've trained another baker.",
            ),
            ("tom", "He's probably right, but don't tell him I said that."),
        ],
    },
    "d_brewery_dairy": {
        "turns": [
            (
                "host",
                "Hello and welcome to Small Shop Stories. My guest today is Gareth Lewis, co-founder of Old Dairy Brewing in Cardiff. Gareth, welcome.",
            ),
            ("guest", "Diolch, thanks for having me."),
            ("host", "Let's start with the name. Is it really an old dairy?"),
            (
                "guest",
                "It is. The building was a milk depot until the 1980s, and it still has the tiled walls and the drains in the floor, which is perfect for a brewery because everything gets wet.",
            ),
            ("host", "How did you get into brewing in the first place?"),
            (
                "guest",
                "Homebrewing at university, like a lot of people. My housemate and I made a very bad stout in a plastic bucket in 2009, and we just kept going.",
            ),
            ("host", "Is the housemate still involved?"),
            (
                "guest",
                "He is, that's Rhys, my co-founder. He looks after the brewing now and I do sales.",
            ),
            ("host", "Tell me about the kit."),
            (
                "guest",
                "We bought a 10-barrel brewhouse from a brewery in Oregon that was upgrading. Shipping it over cost more than we expected, about £18,000 on top of the price.",
            ),
            ("host", "Wow."),
            (
                "guest",
                "Yes, and then it sat in customs for five weeks. That was the most stressful period of the whole project.",
            ),
            ("host", "What's your best-selling beer?"),
            ("guest", "A pale ale called Milk Float, 4.2%. It's about half of everything we sell."),
            ("host", "And the taproom, how important is that?"),
            (
                "guest",
                "Hugely. We make roughly three times the margin on a pint in the taproom compared with selling a keg to a pub. It's open Thursday to Sunday, and on Saturdays we get food trucks in the yard.",
            ),
            ("host", "If you could go back, what would you do differently?"),
            (
                "guest",
                "I'd have spent more on the cold store. We built a small one to save money and outgrew it within a year.",
            ),
            ("host", "Gareth, thanks so much."),
        ],
    },
    "d_brewery_cans": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. I'm in Manchester today with Priya Shah and Dan Hughes from Northern Tin Brewing. Thanks for having me in the brewery.",
            ),
            ("priya", "Our pleasure. Sorry about the noise, the canning line is running."),
            ("host", "Well, that's a good place to start. Why cans rather than bottles?"),
            (
                "dan",
                "Cans keep light out completely, so hoppy beer stays fresh for longer. They're also lighter to ship, which matters when you're sending pallets to London.",
            ),
            ("host", "Did you buy your own canning line from day one?"),
            (
                "priya",
                "No, for the first two years we used a mobile canning company. A van turned up once a month and canned everything in a day.",
            ),
            ("host", "What did that cost?"),
            (
                "priya",
                "About 20p a can, which sounds small until you're doing 15,000 cans a month.",
            ),
            ("host", "Right."),
            (
                "priya",
                "So in 2021 we bought our own line for £65,000, mostly financed through an equipment lease.",
            ),
            ("host", "Dan, how did you two meet?"),
            (
                "dan",
                "I was a brewer at a big regional brewery and Priya was my customer, she managed a bottle shop in Chorlton. She kept telling me the beer I made at work was boring.",
            ),
            ("priya", "It was boring!"),
            ("host", "And what's the biggest seller?"),
            ("dan", "A hazy IPA called Tram Line, at 6%. We brew it every single week."),
            ("host", "You've just got a supermarket listing, haven't you?"),
            (
                "priya",
                "We have, 120 stores from next March. I was nervous about it, because supermarkets squeeze your margin, but it guarantees volume and that lets us hire two more people.",
            ),
            (
                "dan",
                "I'll be honest, I argued against it. I'd rather stay in independent bottle shops, but Priya had the numbers.",
            ),
            ("host", "Best of luck to you both."),
        ],
    },
    "d_coffee_garage": {
        "turns": [
            (
                "host",
                "You're listening to Small Shop Stories. Today's guest is Joe Marsh, who roasts coffee in Norwich under the name Half Moon Roasters. Joe, welcome.",
            ),
            ("guest", "Cheers, happy to be here."),
            ("host", "You started in a garage, is that right?"),
            (
                "guest",
                "My mum's garage, yes. I had a little 5 kilo roaster that I bought off a café that was closing down, and I spent most of 2018 burning coffee.",
            ),
            ("host", "Burning it?"),
            (
                "guest",
                "Honestly, yes. Roasting looks simple, but the difference between a good roast and a bitter one is about thirty seconds. I threw away probably 200 kilos while I was learning.",
            ),
            ("host", "Who were your first customers?"),
            (
                "guest",
                "Two cafés on the same street in Norwich. One of the owners tasted a sample and said it was too dark, so I went back and roasted it lighter, and she's still buying from me six years later.",
            ),
            ("host", "Where do the beans come from?"),
            (
                "guest",
                "About 70% of what I roast comes from one cooperative in Huila, in Colombia. I visited them in 2022 and now we agree the price directly before each harvest.",
            ),
            ("host", "Why buy direct rather than through an importer?"),
            (
                "guest",
                "Because I can see where the money goes. I pay them roughly double the commodity price, and in return I get the first pick of their best lots.",
            ),
            ("host", "And did you ever leave the garage?"),
            (
                "guest",
                "Eventually. The neighbours complained about the smoke, fairly enough, so in 2021 I moved into a unit on an industrial estate and installed an afterburner.",
            ),
            ("host", "What's wholesale like as a business?"),
            (
                "guest",
                "Steady, but the margins are thin. I'd tell anyone starting out to get at least one retail channel, so you're not relying entirely on cafés.",
            ),
            ("host", "Joe, thank you."),
        ],
    },
    "d_coffee_subscription": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. This week it's Amara Okafor and Chris Dunn, who run Slow Pour, an online coffee subscription based in Sheffield.",
            ),
            ("amara", "Hi, thanks for having us."),
            ("host", "So, a subscription. How does it work?"),
            (
                "chris",
                "You pick how often you want coffee, every week, two weeks or month, and we send you a different single origin each time with a card about the farm.",
            ),
            ("host", "How many subscribers do you have?"),
            (
                "amara",
                "Just over 1,800 at the moment. We launched with 40, and most of those were friends and family.",
            ),
            ("host", "What got you past friends and family?"),
            (
                "amara",
                "A newspaper wrote a piece on gift subscriptions in December 2020, and we were in it. We got 600 orders in a week and had to roast through Christmas.",
            ),
            ("chris", "I slept at the roastery for three nights."),
            ("host", "What roaster are you on?"),
            (
                "chris",
                "A 15 kilo machine we bought new from Turkey. It was £32,000, which was most of our savings.",
            ),
            ("host", "What's the hardest part of running a subscription?"),
            (
                "amara",
                "Postage, without a doubt. Royal Mail prices went up three times in two years, and every increase comes straight out of our margin because subscribers hate price changes.",
            ),
            ("host", "And churn? People cancelling?"),
            (
                "chris",
                "About 6% of subscribers cancel each month. The trick is the pause button, because lots of people who would have cancelled just pause while they're on holiday.",
            ),
            ("host", "Tell me about the packaging."),
            (
                "amara",
                "It's all home-compostable now, including the valve. That took us a year to find, and it costs about 18p more per bag than plastic.",
            ),
            ("host", "Is it worth it?"),
            ("amara", "Customers mention it in almost every review, so yes."),
            ("host", "Thank you both."),
        ],
    },
    "d_bookshop_seaside": {
        "turns": [
            (
                "host",
                "Hello and welcome to Small Shop Stories. Today I'm talking to Helen Price, who two years ago bought the Harbour Bookshop in Saltburn. Helen, hello.",
            ),
            ("guest", "Hello! Thanks for inviting me."),
            ("host", "You didn't start this shop, you bought it. How did that happen?"),
            (
                "guest",
                "The previous owner, Geoffrey, had run it for 34 years and wanted to retire. He put a note in the window saying he'd close it unless someone took it on, and I read that note on a day out.",
            ),
            ("host", "Just like that?"),
            (
                "guest",
                "More or less. I was working in insurance in Leeds and hating it. I rang him that evening.",
            ),
            ("host", "What did you pay for it?"),
            (
                "guest",
                "We agreed £28,000 for the stock and the goodwill. The building is rented, thankfully, because I couldn't have bought that.",
            ),
            ("host", "What did you change first?"),
            (
                "guest",
                "The second-hand section. Geoffrey had about 9,000 used books, a lot of them damp, and I cleared two thirds of them out to make space for new titles and a reading corner.",
            ),
            ("host", "Did the regulars mind?"),
            ("guest", "Some did, very much. One man wrote me a two-page letter about it."),
            ("host", "Oh dear."),
            ("guest", "He comes in every week now, so I think we're friends."),
            ("host", "How do you compete with online retailers?"),
            (
                "guest",
                "By being somewhere people want to spend an afternoon. We run an author event every month. In summer the tourists buy a lot, so July and August make up almost 40% of the year's sales.",
            ),
            ("host", "And winter?"),
            (
                "guest",
                "Winter is hard. I close on Mondays and Tuesdays from November to February and do the accounts.",
            ),
            ("host", "Helen, thank you."),
        ],
    },
    "d_bookshop_children": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. I'm joined by Nadia Rahman and Kevin Ford, two former primary school teachers who opened Big Little Books, a children's bookshop in Leicester.",
            ),
            ("nadia", "Hello!"),
            ("kevin", "Hi, thanks for having us."),
            ("host", "Why a children's bookshop?"),
            (
                "nadia",
                "In twenty years of teaching we kept seeing kids who'd never owned a book of their own. Leicester didn't have a single shop just for children, so it felt like a gap.",
            ),
            ("host", "When did you open?"),
            (
                "kevin",
                "September 2023, on the first Saturday of the school term. We'd both taken early retirement the year before.",
            ),
            ("host", "How did you fund it?"),
            (
                "kevin",
                "Our pensions, mostly, and a crowdfunder that raised £11,500 from about 300 people. A lot of them were parents of kids we used to teach.",
            ),
            ("host", "That's lovely. What does a typical week look like?"),
            (
                "nadia",
                "Story time every Saturday morning, which is free, and after-school clubs on Wednesdays. The story time brings in maybe 30 families, and most of them buy something.",
            ),
            ("host", "Where does most of your money actually come from?"),
            (
                "kevin",
                "Schools, surprisingly. We supply books to 14 local primary schools, and those orders are about half our turnover.",
            ),
            ("host", "Do you disagree on anything?"),
            (
                "nadia",
                "Picture books versus chapter books. Kevin would fill the whole shop with picture books if I let him.",
            ),
            ("kevin", "They sell! Picture books are our top category by a long way."),
            (
                "nadia",
                "Fine, but older kids need somewhere to go too. We've compromised with a teen corner upstairs.",
            ),
            ("host", "What's next?"),
            (
                "kevin",
                "We'd like a small book van to take stories into schools that can't afford trips to the shop.",
            ),
            ("host", "Nadia, Kevin, thank you."),
        ],
    },
    "d_bike_mobile": {
        "turns": [
            (
                "host",
                "This is Small Shop Stories. My guest is Tariq Ali, who runs Spoke Doctor, a mobile bike repair service in south London. Tariq, welcome.",
            ),
            (
                "guest",
                "Thanks. I'm parked outside, so if you hear a horn, that's my van getting a ticket.",
            ),
            ("host", "Ha. So why a van and not a shop?"),
            (
                "guest",
                "Rent. A shop in Brixton would have cost me £2,500 a month, and the van cost £14,000 second-hand, fitted out with a workbench and a stand.",
            ),
            ("host", "How does a typical job work?"),
            (
                "guest",
                "People book online, I turn up at their home or their office, and I fix the bike on the pavement. A standard service is £65 and takes about an hour.",
            ),
            ("host", "Who are your customers?"),
            (
                "guest",
                "Commuters, mostly, and more and more delivery riders. Those riders can't afford to lose a day's work, so I do them first thing in the morning before their shifts.",
            ),
            ("host", "What about electric bikes?"),
            (
                "guest",
                "They're now about a third of my work. They're heavier, the parts wear faster, and some brands won't sell parts to independent mechanics, which drives me mad.",
            ),
            ("host", "How did you learn the trade?"),
            (
                "guest",
                "I did a two-week mechanics course in 2017, but honestly, most of it I learned fixing my friends' bikes for free.",
            ),
            ("host", "Go on, what's the worst part of the job?"),
            (
                "guest",
                "Winter. Fixing a puncture in the rain at seven in the morning is no fun. I've started renting a covered space in a car park for two days a week in January.",
            ),
            ("host", "Would you ever open a shop?"),
            ("guest", "Maybe one day, but I'd keep the van going too."),
        ],
    },
    "d_bike_coop": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. Today I'm at Second Gear, a bike workshop in Glasgow that refurbishes donated bikes. With me are the manager, Jo Campbell, and one of the apprentices, Marcus.",
            ),
            ("jo", "Hi, welcome to the chaos."),
            ("marcus", "Hiya."),
            ("host", "Jo, how does the place actually make money?"),
            (
                "jo",
                "Three ways. We sell refurbished bikes, usually between £80 and £200, and we do repairs for the public. On top of that, the council pays us to run cycle maintenance classes.",
            ),
            ("host", "Where do the bikes come from?"),
            (
                "jo",
                "Donations, and a lot from the police. Unclaimed stolen bikes get passed to us after six months, which is about 400 bikes a year.",
            ),
            ("host", "Marcus, how did you end up here?"),
            (
                "marcus",
                "I left school at sixteen with nothing really, and my cousin volunteered here. I came in one Saturday to help and Jo offered me an apprenticeship a month later.",
            ),
            ("host", "What have you learned?"),
            (
                "marcus",
                "Everything. Wheel building is my favourite, it takes ages to get a wheel true but it's really satisfying when you do.",
            ),
            ("host", "Jo, is the apprenticeship paid?"),
            (
                "jo",
                "Yes, at the real living wage, not the apprentice minimum. That was a deliberate choice, and it costs us, but we want people to stay.",
            ),
            ("host", "Do they stay?"),
            (
                "jo",
                "Four of our six past apprentices are still working as mechanics, two of them here.",
            ),
            ("host", "What's the biggest challenge?"),
            (
                "jo",
                "Space. We're in an old tyre warehouse and the lease ends in 2026, so we're looking for somewhere bigger.",
            ),
            ("host", "And Marcus, what's next for you?"),
            (
                "marcus",
                "I want to get my advanced qualification and maybe run the workshop one day. Jo doesn't know that yet.",
            ),
            ("jo", "I do now!"),
        ],
    },
    "d_restaurant_ramen": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. Today I'm with Sophie Tan, who opened Nine Bowls, a ramen bar in Birmingham, just four months ago. Sophie, how are you?",
            ),
            ("guest", "Tired, but good. Thanks for having me."),
            ("host", "Let's go back to the opening. Did it go to plan?"),
            (
                "guest",
                "Not at all. We were meant to open in February, and we actually opened in late May.",
            ),
            ("host", "What happened?"),
            (
                "guest",
                "The extraction system. The landlord's surveyor decided the duct had to go up through the roof rather than out the back wall, and that added eleven weeks and about £22,000.",
            ),
            ("host", "That must have been painful."),
            (
                "guest",
                "I was paying rent and three chefs' wages the whole time, with no money coming in.",
            ),
            ("host", "How did you handle the actual launch?"),
            (
                "guest",
                "We did a soft launch for five nights with half-price food, invite only. It was the best decision we made, because the kitchen was a disaster the first two nights and only friends saw it.",
            ),
            ("host", "What went wrong?"),
            (
                "guest",
                "The broth. We make a pork broth that cooks for eighteen hours, and we simply hadn't made enough. On the second night we ran out by half past seven.",
            ),
            ("host", "And since then?"),
            (
                "guest",
                "We're doing about 250 covers a week now, which is just above break-even. A local food blogger called us the best ramen outside London, and that review alone filled us up for a month.",
            ),
            ("host", "What would you tell someone opening their first restaurant?"),
            (
                "guest",
                "Add three months and twenty percent to every estimate. And get the extraction signed off before you sign the lease.",
            ),
            ("host", "Sophie, thank you."),
        ],
    },
    "d_restaurant_seafood": {
        "turns": [
            (
                "host",
                "Welcome to Small Shop Stories. I'm in Brixham, at a new seafood restaurant called Low Tide, with chef Owen Pascoe and his business partner Leah Carter, who runs front of house.",
            ),
            ("chef", "Morning."),
            ("manager", "Hello, welcome."),
            ("host", "You opened in April. How was the first week?"),
            (
                "manager",
                "Chaotic. Our booking system double-booked every table on the opening Friday, so we had about forty people waiting outside in the wind.",
            ),
            ("host", "What did you do?"),
            (
                "manager",
                "We gave everyone a free drink, squeezed in who we could, and offered the rest a free dinner another night. That cost us around £1,500, but most of them came back.",
            ),
            ("host", "Owen, where does the fish come from?"),
            (
                "chef",
                "From the day boats here in the harbour. I buy straight off two boats every morning, so the menu changes daily depending on what they land.",
            ),
            ("host", "So there's no fixed menu?"),
            (
                "chef",
                "Only three dishes stay on all the time, the fish stew, the crab sandwich and the chips. Everything else is on a chalkboard.",
            ),
            ("host", "How hard was it to hire staff?"),
            (
                "manager",
                "Really hard. Seaside towns have the same problem every spring, everyone's hiring at once. We ended up offering staff housing, a flat above the restaurant for two of the chefs.",
            ),
            ("host", "Did that work?"),
            (
                "manager",
                "It did. We've kept all eight of our original staff, which in this trade is unusual.",
            ),
            ("host", "What's the budget been like?"),
            (
                "chef",
                "We spent £180,000 on the fit-out, which was about 30,000 more than planned, mostly because the building needed a new roof.",
            ),
            ("host", "And do you two agree on everything?"),
            (
                "manager",
                "No. Owen wants to open for lunch all week, and I think we should close on Mondays and Tuesdays to stop everyone burning out.",
            ),
            ("chef", "We're trying it Leah's way until October."),
        ],
    },
    "d_startup_vets": {
        "turns": [
            (
                "host",
                "This is Small Shop Stories, and today we're doing something a bit different, a software company. Ravi Menon is the founder of Pawtime, which makes booking software for veterinary practices. Ravi, welcome.",
            ),
            ("guest", "Thanks, I know I'm the odd one out among the bakers and brewers."),
            ("host", "So who was your first customer?"),
            (
                "guest",
                "My sister-in-law's vet practice in Reading. She was using a paper diary and a spreadsheet, and she let me build the first version sitting in her back office.",
            ),
            ("host", "Did she pay?"),
            (
                "guest",
                "Not at first. She used it free for six months in exchange for brutal feedback, and there was plenty of that.",
            ),
            ("host", "What kind of feedback?"),
            (
                "guest",
                "The big one was that vets don't book in fifteen-minute slots like I'd assumed. A vaccination might be ten minutes, a surgery is half a day, and the software had to handle all of that.",
            ),
            ("host", "When did you get a paying customer?"),
            (
                "guest",
                "In January 2021, a practice in Swindon that heard about us from my sister-in-law. They paid £90 a month, and I remember staring at the payment notification for about an hour.",
            ),
            ("host", "How did you find the next ones?"),
            (
                "guest",
                "Conferences, mostly. I spent £4,000 on a stand at a veterinary trade show, which felt huge, and we signed eleven practices from it.",
            ),
            ("host", "How many customers now?"),
            ("guest", "About 210 practices, and we're a team of nine."),
            ("host", "What mistakes did you make early on?"),
            (
                "guest",
                "Pricing too low. I charged so little that some practices assumed we were a hobby project and wouldn't last. When we doubled the price, sign-ups actually went up.",
            ),
            ("host", "Interesting. Any advice?"),
            (
                "guest",
                "Sit next to your first customer while they use it. You learn more in a day than from a hundred surveys.",
            ),
            ("host", "Ravi, thanks."),
        ],
    },
    "d_startup_invoicing": {
        "turns": [
            (
                "host",
                "Welcome back to Small Shop Stories. My guests are Dom Reid and Ellie Shaw, co-founders of Tally, an app that helps plumbers, electricians and other trades send invoices from their phones.",
            ),
            ("ellie", "Hi, thanks for having us."),
            ("dom", "Hello."),
            ("host", "Where did the idea come from?"),
            (
                "dom",
                "My dad's an electrician. He used to do his invoices on Sunday nights at the kitchen table, and half the time he forgot to send them at all. We worked out he'd lost about £6,000 one year just from jobs he never billed.",
            ),
            ("host", "Ellie, you're the developer?"),
            (
                "ellie",
                "Yes, I wrote the first version in about ten weeks, evenings and weekends, while I was still working at a bank.",
            ),
            ("host", "How did you get your first customers?"),
            (
                "ellie",
                "A Facebook group for self-employed tradespeople. Dom posted asking if anyone would try it, and we got 150 replies in two days.",
            ),
            ("host", "And the first paying one?"),
            (
                "dom",
                "A plumber in Derby called Steve. He paid £8 a month and sent us a voice note every time something broke, which was often.",
            ),
            ("host", "What did those early users want that surprised you?"),
            (
                "ellie",
                "They didn't care about pretty invoices at all. What they wanted was automatic reminders when a customer hadn't paid, so they didn't have to chase people themselves.",
            ),
            ("host", "How's it going now?"),
            (
                "dom",
                "We've got about 3,400 paying users. Last year we raised a seed round of £750,000.",
            ),
            ("host", "Do you ever disagree?"),
            (
                "ellie",
                "Constantly about features. Dom wants to add quoting and scheduling, and I'd rather make the core invoicing bulletproof first.",
            ),
            ("dom", "She usually wins."),
            ("host", "Thanks both."),
        ],
    },
}

QUESTIONS = [
    # d_bakery_sourdough
    (
        "What did Marta do for a living before she started baking?",
        "d_bakery_sourdough",
        ["I was a pharmacist"],
    ),
    (
        "How many cafés ended up buying her bread before she had a shop?",
        "d_bakery_sourdough",
        ["That one order turned"],
    ),
    (
        "How early was she getting up when she baked at home?",
        "d_bakery_sourdough",
        ["I was getting up"],
    ),
    (
        "When did the sourdough baker quit her old job?",
        "d_bakery_sourdough",
        ["I left the pharmacy"],
    ),
    (
        "How did lockdown affect the sourdough business?",
        "d_bakery_sourdough",
        ["Strangely, it helped.", "The cafés closed, but"],
    ),
    (
        "How many loaves a week were delivered at the busiest time?",
        "d_bakery_sourdough",
        ["At the peak we"],
    ),
    (
        "What was the Leeds bakery's premises before it became a bakery?",
        "d_bakery_sourdough",
        ["The unit used to"],
    ),
    (
        "Where did the sourdough bakery's oven come from and what did it cost?",
        "d_bakery_sourdough",
        ["It was a second-hand", "We paid £9,000 for"],
    ),
    (
        "What did Marta say about setting bread prices?",
        "d_bakery_sourdough",
        ["I'd also say, price"],
    ),
    # d_bakery_croissant
    (
        "Why did the Bristol brothers decide to focus on one product?",
        "d_bakery_croissant",
        ["We wanted to do"],
    ),
    (
        "Which of the brothers looks after the money side?",
        "d_bakery_croissant",
        ["I do the numbers,"],
    ),
    (
        "Why did they have to leave their first kitchen early in the morning?",
        "d_bakery_croissant",
        ["We paid £15 an"],
    ),
    (
        "What made the croissant bakery suddenly popular?",
        "d_bakery_croissant",
        ["Ade posted a video", "The next Saturday there"],
    ),
    (
        "How did Fold pay for its first proper shop?",
        "d_bakery_croissant",
        ["We borrowed £40,000 from"],
    ),
    ("How much more expensive did their butter get?", "d_bakery_croissant", ["In 2022 the price"]),
    (
        "How did customers take the croissant price rise?",
        "d_bakery_croissant",
        ["We put the croissant", "Almost nobody complained."],
    ),
    (
        "What do the brothers disagree about when it comes to expanding?",
        "d_bakery_croissant",
        ["Tom wants to open"],
    ),
    # d_brewery_dairy
    (
        "What was the Cardiff brewery building used for originally?",
        "d_brewery_dairy",
        ["The building was a"],
    ),
    ("When did Gareth first try making beer at home?", "d_brewery_dairy", ["My housemate and I"]),
    ("What does Rhys do at the brewery?", "d_brewery_dairy", ["He looks after the"]),
    (
        "Where did the Welsh brewery buy its brewhouse?",
        "d_brewery_dairy",
        ["We bought a 10-barrel"],
    ),
    ("What went wrong after the brewing kit was shipped?", "d_brewery_dairy", ["Yes, and then it"]),
    ("What share of Old Dairy's sales is the pale ale?", "d_brewery_dairy", ["It's about half of"]),
    (
        "Why is the taproom so valuable to the brewery?",
        "d_brewery_dairy",
        ["We make roughly three"],
    ),
    (
        "Which days can you visit the Old Dairy taproom?",
        "d_brewery_dairy",
        ["It's open Thursday to"],
    ),
    (
        "What would Gareth have done differently when building the brewery?",
        "d_brewery_dairy",
        ["I'd have spent more"],
    ),
    # d_brewery_cans
    (
        "Why does the Manchester brewery put its beer in cans?",
        "d_brewery_cans",
        ["Cans keep light out"],
    ),
    (
        "How did Northern Tin package beer before it had its own line?",
        "d_brewery_cans",
        ["No, for the first"],
    ),
    ("What did the mobile canners charge per can?", "d_brewery_cans", ["About 20p a can"]),
    ("How did they pay for their canning machine?", "d_brewery_cans", ["So in 2021 we"]),
    ("Where was Priya working when she met Dan?", "d_brewery_cans", ["I was a brewer"]),
    (
        "What did Priya think of the beer Dan brewed at his old job?",
        "d_brewery_cans",
        ["She kept telling me"],
    ),
    ("How often do they brew their hazy IPA?", "d_brewery_cans", ["We brew it every"]),
    (
        "How many supermarket branches will stock Northern Tin beer?",
        "d_brewery_cans",
        ["We have, 120 stores"],
    ),
    (
        "Who was against the supermarket deal, and why?",
        "d_brewery_cans",
        ["I'll be honest, I", "I'd rather stay in"],
    ),
    # d_coffee_garage
    ("Where did Joe get his first coffee roaster?", "d_coffee_garage", ["I had a little"]),
    (
        "How fine is the line between a good and a bitter roast?",
        "d_coffee_garage",
        ["Roasting looks simple, but"],
    ),
    (
        "How much coffee did he throw out while learning?",
        "d_coffee_garage",
        ["I threw away probably"],
    ),
    (
        "How did a café owner's comment change the way he roasted?",
        "d_coffee_garage",
        ["One of the owners"],
    ),
    (
        "How much of Half Moon's coffee comes from Colombia?",
        "d_coffee_garage",
        ["About 70% of what"],
    ),
    (
        "Why does Joe buy straight from the growers instead of an importer?",
        "d_coffee_garage",
        ["Because I can see", "I pay them roughly"],
    ),
    (
        "Why did the Norwich roaster move out of his mum's garage?",
        "d_coffee_garage",
        ["The neighbours complained about"],
    ),
    (
        "What does he recommend so you don't depend only on cafés?",
        "d_coffee_garage",
        ["I'd tell anyone starting"],
    ),
    # d_coffee_subscription
    (
        "How often can Slow Pour customers get a delivery?",
        "d_coffee_subscription",
        ["You pick how often"],
    ),
    (
        "How many subscribers did the Sheffield company start out with?",
        "d_coffee_subscription",
        ["We launched with 40"],
    ),
    (
        "What caused the big jump in subscription orders?",
        "d_coffee_subscription",
        ["A newspaper wrote a"],
    ),
    (
        "What roasting machine does the subscription business use and what did it cost?",
        "d_coffee_subscription",
        ["A 15 kilo machine", "It was £32,000, which"],
    ),
    (
        "Why is shipping such a headache for the coffee subscription?",
        "d_coffee_subscription",
        ["Postage, without a doubt.", "Royal Mail prices went"],
    ),
    (
        "What proportion of subscribers cancel every month?",
        "d_coffee_subscription",
        ["About 6% of subscribers"],
    ),
    (
        "What helps them keep subscribers who go on holiday?",
        "d_coffee_subscription",
        ["The trick is the"],
    ),
    ("How much extra do the compostable bags cost?", "d_coffee_subscription", ["That took us a"]),
    (
        "Do customers actually care about the eco packaging?",
        "d_coffee_subscription",
        ["Customers mention it in"],
    ),
    # d_bookshop_seaside
    (
        "How long had the previous owner run the Saltburn bookshop?",
        "d_bookshop_seaside",
        ["The previous owner, Geoffrey,"],
    ),
    ("How did Helen find out the bookshop might close?", "d_bookshop_seaside", ["He put a note"]),
    ("What job did Helen have before buying the shop?", "d_bookshop_seaside", ["I was working in"]),
    (
        "What was the price she paid for the bookshop?",
        "d_bookshop_seaside",
        ["We agreed £28,000 for"],
    ),
    (
        "Does Helen own the building the bookshop is in?",
        "d_bookshop_seaside",
        ["The building is rented,"],
    ),
    (
        "What did she do with the old second-hand stock?",
        "d_bookshop_seaside",
        ["Geoffrey had about 9,000"],
    ),
    ("How did one regular react to the changes?", "d_bookshop_seaside", ["One man wrote me"]),
    (
        "How much of the year's takings come in summer?",
        "d_bookshop_seaside",
        ["In summer the tourists"],
    ),
    (
        "When is the seaside bookshop closed in winter?",
        "d_bookshop_seaside",
        ["I close on Mondays"],
    ),
    # d_bookshop_children
    (
        "Why did the two teachers open a shop just for kids?",
        "d_bookshop_children",
        ["In twenty years of", "Leicester didn't have a"],
    ),
    (
        "When did Big Little Books open its doors?",
        "d_bookshop_children",
        ["September 2023, on the"],
    ),
    (
        "How much did the children's bookshop raise from crowdfunding?",
        "d_bookshop_children",
        ["Our pensions, mostly, and"],
    ),
    ("Who backed the crowdfunder?", "d_bookshop_children", ["A lot of them"]),
    (
        "How many families come along to the Saturday stories?",
        "d_bookshop_children",
        ["The story time brings"],
    ),
    (
        "Where does most of the Leicester shop's income come from?",
        "d_bookshop_children",
        ["We supply books to"],
    ),
    (
        "What do Nadia and Kevin argue about?",
        "d_bookshop_children",
        ["Picture books versus chapter", "Kevin would fill the"],
    ),
    (
        "How did they settle the argument about older readers?",
        "d_bookshop_children",
        ["We've compromised with a"],
    ),
    ("What do they want to do next for schools?", "d_bookshop_children", ["We'd like a small"]),
    # d_bike_mobile
    ("Why did Tariq choose a van rather than a workshop?", "d_bike_mobile", ["A shop in Brixton"]),
    (
        "What does a normal service from Spoke Doctor cost?",
        "d_bike_mobile",
        ["A standard service is"],
    ),
    (
        "How does he fit in repairs for delivery riders?",
        "d_bike_mobile",
        ["Those riders can't afford"],
    ),
    (
        "How much of the mobile mechanic's work is e-bikes?",
        "d_bike_mobile",
        ["They're now about a"],
    ),
    (
        "What annoys him about some electric bike brands?",
        "d_bike_mobile",
        ["They're heavier, the parts"],
    ),
    ("What training did Tariq have as a mechanic?", "d_bike_mobile", ["I did a two-week"]),
    ("What does he find worst about the job?", "d_bike_mobile", ["Fixing a puncture in"]),
    ("How does he deal with the weather in January?", "d_bike_mobile", ["I've started renting a"]),
    # d_bike_coop
    (
        "How much do the refurbished bikes in Glasgow sell for?",
        "d_bike_coop",
        ["We sell refurbished bikes,"],
    ),
    ("Who funds the bike maintenance classes?", "d_bike_coop", ["On top of that,"]),
    (
        "Where do lots of the workshop's bikes come from?",
        "d_bike_coop",
        ["Donations, and a lot", "Unclaimed stolen bikes get"],
    ),
    ("How did Marcus first get involved at Second Gear?", "d_bike_coop", ["I came in one"]),
    ("What does the apprentice enjoy doing most?", "d_bike_coop", ["Wheel building is my"]),
    ("How much are the apprentices paid?", "d_bike_coop", ["Yes, at the real"]),
    ("How many former apprentices are still mechanics?", "d_bike_coop", ["Four of our six"]),
    ("Why is the bike workshop hunting for new premises?", "d_bike_coop", ["We're in an old"]),
    ("What are Marcus's ambitions?", "d_bike_coop", ["I want to get"]),
    # d_restaurant_ramen
    (
        "How late did the ramen bar open compared with the plan?",
        "d_restaurant_ramen",
        ["We were meant to"],
    ),
    (
        "What held up the opening of Nine Bowls?",
        "d_restaurant_ramen",
        ["The landlord's surveyor decided"],
    ),
    (
        "What was Sophie paying out while the restaurant was delayed?",
        "d_restaurant_ramen",
        ["I was paying rent"],
    ),
    ("How did the ramen bar do its trial opening?", "d_restaurant_ramen", ["We did a soft"]),
    ("Why was the trial week a good idea?", "d_restaurant_ramen", ["It was the best"]),
    ("How long does the ramen broth cook?", "d_restaurant_ramen", ["We make a pork"]),
    (
        "What happened on the second night of the soft launch?",
        "d_restaurant_ramen",
        ["On the second night"],
    ),
    (
        "How many customers a week is Nine Bowls serving now?",
        "d_restaurant_ramen",
        ["We're doing about 250"],
    ),
    (
        "What brought in a rush of bookings after it opened?",
        "d_restaurant_ramen",
        ["A local food blogger"],
    ),
    (
        "What does Sophie advise about budgets and timelines?",
        "d_restaurant_ramen",
        ["Add three months and"],
    ),
    # d_restaurant_seafood
    (
        "What went wrong on the seafood restaurant's first Friday?",
        "d_restaurant_seafood",
        ["Our booking system double-booked"],
    ),
    (
        "How did Low Tide make it up to the guests left outside?",
        "d_restaurant_seafood",
        ["We gave everyone a"],
    ),
    (
        "How much did looking after the waiting customers cost?",
        "d_restaurant_seafood",
        ["That cost us around"],
    ),
    (
        "Where does Owen buy his fish?",
        "d_restaurant_seafood",
        ["From the day boats", "I buy straight off"],
    ),
    (
        "Which dishes are always on the Brixham menu?",
        "d_restaurant_seafood",
        ["Only three dishes stay"],
    ),
    ("How did they manage to recruit chefs?", "d_restaurant_seafood", ["We ended up offering"]),
    (
        "How many of the original team are still working there?",
        "d_restaurant_seafood",
        ["We've kept all eight"],
    ),
    (
        "Why did the restaurant fit-out go over budget?",
        "d_restaurant_seafood",
        ["We spent £180,000 on"],
    ),
    ("What do the chef and Leah disagree about?", "d_restaurant_seafood", ["Owen wants to open"]),
    # d_startup_vets
    (
        "Who was the first vet practice to use Pawtime?",
        "d_startup_vets",
        ["My sister-in-law's vet practice"],
    ),
    (
        "What was the arrangement with the first practice before it paid anything?",
        "d_startup_vets",
        ["She used it free"],
    ),
    (
        "What did Ravi get wrong about how vets book appointments?",
        "d_startup_vets",
        ["The big one was"],
    ),
    (
        "When did the booking software get its first paying customer?",
        "d_startup_vets",
        ["In January 2021, a"],
    ),
    (
        "How much did the first paying practice pay per month?",
        "d_startup_vets",
        ["They paid £90 a"],
    ),
    (
        "How much was the trade show stand and what did it lead to?",
        "d_startup_vets",
        ["I spent £4,000 on"],
    ),
    ("How many practices use Pawtime today?", "d_startup_vets", ["About 210 practices, and"]),
    (
        "What happened when the vet software got more expensive?",
        "d_startup_vets",
        ["When we doubled the"],
    ),
    (
        "What is Ravi's tip for learning from early customers?",
        "d_startup_vets",
        ["Sit next to your"],
    ),
    # d_startup_invoicing
    (
        "Where did the idea for the trades invoicing app come from?",
        "d_startup_invoicing",
        ["My dad's an electrician.", "He used to do"],
    ),
    (
        "How much did Dom's father lose from jobs he never charged for?",
        "d_startup_invoicing",
        ["We worked out he'd"],
    ),
    (
        "How long did Ellie take to build the first version of Tally?",
        "d_startup_invoicing",
        ["Yes, I wrote the"],
    ),
    ("Where did Tally find its first users?", "d_startup_invoicing", ["A Facebook group for"]),
    (
        "How many tradespeople replied when they asked for testers?",
        "d_startup_invoicing",
        ["Dom posted asking if"],
    ),
    ("Who was the first person to pay for Tally?", "d_startup_invoicing", ["A plumber in Derby"]),
    (
        "What feature did early users care about most?",
        "d_startup_invoicing",
        ["What they wanted was"],
    ),
    (
        "How much investment has the invoicing app raised?",
        "d_startup_invoicing",
        ["Last year we raised"],
    ),
    ("What do Dom and Ellie disagree about?", "d_startup_invoicing", ["Dom wants to add"]),
]
