// First names the detector knows, written for this package (common given names, not people). Stored
// lower-cased and space-joined per group so the browser bundle stays small; diacritics are kept where
// the name is usually written with them. Names that are also ordinary Dutch words live in
// AMBIGUOUS_NAMES (below) and need context before they count.

const DUTCH =
  'aafke aafje aagje aaltje adrie adriana adrianus agnes aimee alberdina albert alberta albertus aldo aleid aleida alex alexander alexandra ' +
  'alida alie alies alinda aline alwin amanda amber anita anja anke anki anna anne anneke annelies annemarie annemieke annet annette annie ' +
  'anouk ans antje anton antonia antonius arend arie arianne arjan arjen arnold arnoud aron arthur astrid auke bart barbara bastiaan ' +
  'bea beatrix bernard bernadette berend bernt bert berta bertus betsy betty bianca bob boudewijn bram brenda britt bregje bente berber ' +
  'carla carlijn carolien caroline casper cathelijne catharina cees chantal charlotte chris christa christiaan christine cindy claudia ' +
  'coby cock coen colette conny cor cora corine corné cornelia cornelis corrie daan daphne dave david debora dennis desiree diana dick ' +
  'diederik dieuwke dina dingeman dirk dolf dominique dorien dorothea douwe edith eduard edwin eelco eline elisabeth elise ella ellen ' +
  'els elske elly emma erik erna esmee esther eva evelien evert fabian femke fenna fenne fleur floor floris frank frans françoise ' +
  'frederik frits froukje gabriëlle gea geert geertje gerard gerardus gerben gerda gerdien gerharda gerrit gert gertjan gerrie gijs ' +
  'gillian gina gonny greetje gré gretha guus hanna hannah hanneke hannie hans harm harmen harrie hein hendrik hendrika henk henny ' +
  'henri henriëtte herman hester hetty hilde hildo hilda hugo ida ilse ina ine inez inge ingrid irene iris isa isabel ivo jaap jacob ' +
  'jacoba jacobus jacqueline jan janneke jannie jans jasper jeanette jelle jenny jeroen jesse jet jetje jetske jetty joanna jochem joep ' +
  'johan johanna johannes john jolanda joost joop joris jos josé josje joyce judith julia julian juliette jurgen jurriaan justin karel ' +
  'karin karlijn kees kim klaas klaasje koos kirsten laura lars lena leo leonie lex lianne lidwien lieke lien lies liesbeth lijsbeth ' +
  'linda lisa lisanne liselotte lizzy lotte louis lucas lucie luuk maaike maarten machteld maik manon marc marcel margreet margriet ' +
  'maria marian marianne marieke mariëlle marijke marijn marinus mario marja marjan marjolein marleen marloes martijn martin martine ' +
  'maud maurits max meike melanie menno merijn michael michel michiel mieke mien miep milou mirjam moniek monique myrthe nadia ' +
  'natasja nel nelleke nick niek niels nienke nico nina noah noortje olaf olga olivier otto patrick paul paula peter petra pien piet ' +
  'pieter pim quinten raymond reinier remco renate rené richard rick riek rien rieks riet rik rinus rita rob robbert robert robin roel ' +
  'roelof rolf ronald rosa rosalie roy ruben rudi rutger ruud sabine sander sandra sanne sarah saskia sebastiaan sem sietse simone ' +
  'sjaak sjoerd sofie sophie stefan stefanie stephan stijn susan suzanne sven sytske teun thea theo thijs thomas tijmen tineke tinus ' +
  'tjitske toos trees truus tom tommy ton tonny ursula valerie vincent walter wendy wessel wietske wijnand wilhelmina willem willemijn ' +
  'willemien willy wilma wim wouter wout yvonne yvette zoë ans aad adriaan alwin annemiek anneloes antoon arno benthe bep beppie bernadet ' +
  'bertha bets bettie betje bouke brechtje carin cato cisca corlien daniël danielle dewi dinie door doortje elbert elisa elmer else emiel ' +
  'erwin evi fedde femmie fieke finn fokke folkert francien frida gabe gerlof gerolf gijsbert goos greet grietje grada hajo hanne harrie ' +
  'hennie herre hidde hinke hiske ids ietje ilona imke inke janna janke jantine jantje jikke joke jolien jonne jorien jorn jorrit ' +
  'josefien jozef jurre kaj kars kasper keesje klazina koen lammert lennart lennard levi lieve lilian lindy liza loes lonneke lotje lou ' +
  'lucienne luc maarten mabel mara marit marjet marten mathijs matthijs mees meindert mette minke mirte mila mats nanda nathalie ' +
  'nienke nout okke onno oscar pauline pepijn quirine reinout renske rianne rieneke rijk rinse romy rosanne rozemarijn rudolf ruth ' +
  'sanna sebas siem sien silke sip sjef sjors sonja stan stella sterre suus taco tamara tess teake tim tobias tjeerd trijntje twan ' +
  'ulrike vera wendelien wiebe wieke wiebke wilco wilfred willeke wobbe wolter yara yoran youri jurgen tycho wytze zef gradus ' +
  'bartholomeus henricus josephus theodorus wilhelmus petrus gerardina johanna hendrikje mientje trientje dientje jaantje kobus ' +
  'hannes dries driek harry fred freek gerdina geesje hermien ineke irma jeannette marga mariska mariëtte marijse mirella nellie nelly ' +
  'riekje rietje roza ruud tiny toon wies wijnie lineke sjaan sjan coba cobi gonnie ria rie tonnie hetty';

const TURKISH =
  'ahmet ali aslı ayşe aysel ayla aylin aynur ayten aziz bahar barış belgin berat berkay berna betül burak burcu büşra can cansu cem ' +
  'cemal cemile cengiz derya deniz dilek dilara ebru ece eda elif emel emine emir emre engin erdal erdem erkan esra fadime fatih fatma ' +
  'fatoş ferhat feride filiz funda gamze gizem gökhan gül gülay gülsen gülten hakan halil hamza hande hasan hatice hatun havva hülya ' +
  'hüseyin ibrahim ilker ilknur ipek irem ismail kader kadir kemal kenan koray kübra latife levent mehmet melek melike meltem merve ' +
  'mert mesut metin muhammet murat mustafa necla nermin nesrin nevin nihat nilüfer nur nuran nurcan nurten oğuz okan onur orhan osman ' +
  'özge özlem pınar ramazan recep rukiye sabri safiye saliha sedef selim selin selma semra serap serdar serkan sevda sevgi sevim ' +
  'sibel sinan songül sultan süleyman şükrü tuba tuğba tülay turgut ümit ünal volkan yasemin yavuz yeliz yıldız yılmaz yunus yusuf ' +
  'zafer zehra zeki zerrin zeynep zübeyde ayse aysegul busra gul gulay hulya huseyin ozge ozlem pinar sukru tugba tulay umit unal ' +
  'cihan ceren çağla dursun efe ekrem ercan erol gonca gülşen hacer harun hilal kerem kevser mahmut melis mücahit nazlı necati ' +
  'nurdan oya rabia reyhan rıza şerife şule tarık tayfun tolga uğur yakup yeşim yiğit zekiye aydın bülent cemil dogan doğan ersin ' +
  'erhan fikret gürkan haydar ilhan kazım nejla nurhan nursel ömer özcan sadık savaş sedat tahsin tuncay veli yaşar zuhal';

const MOROCCAN_ARABIC =
  'abdel abdelaziz abdelhak abdelkader abdellah abdelali abdelilah abdelkrim abdeslam abderrahim abderrahman abdou abdul abdullah ' +
  'abdelmajid adil ahmed aicha aisha aïcha aziza amal amina aminata amine amir anas anouar asma assia ayoub badr bilal bouchra btissam ' +
  'chaima chafik dalila driss dounia farid farida fatima fatiha fouad ghizlane habiba hafida hakim halima hamid hanan hassan hayat ' +
  'hicham hind houda hussein ikram ilham ilias ilyas imad iman imane ismael jamal jamila kamal karim khadija khalid khalil latifa ' +
  'laila leila lamya loubna lubna mariam malika meryem meriem mohamed mohammed mohammad mokhtar mostafa mouad mounir mourad nabil ' +
  'nadia naima najat najib najoua nawal nezha nora noura nourdin omar othman rachid rachida rahma ranya redouane rkia saadia saïd ' +
  'said saida salah salima salma samira sanae siham simo smail soufiane souad soumaya sufyan tarik wafae walid yasmina yasmine yassine ' +
  'yassin younes youssef zakaria zineb zohra zoubida zakia mohssine mimoun mustapha naoual hamza hassna hajar houssain lahcen brahim ' +
  'boujemaa fadoua ghita hiba ilham jaouad kawtar khaoula layla mehdi meriam mina mouna nadir nassim oussama rabia rajae rim ' +
  'sabrina safae sara sarah selma sofia sofiane taha wissal yahya yousra zouhair achraf ayman anass nouhaila chaimae hafsa ' +
  'marwa noor nour rayan ryan adam ibrahim ismail yusuf youssra soukaina asmae kaoutar laïla loubna mohcine najim otman oumaima';

const SURINAMESE_ANTILLEAN =
  'anand anjali arvind ashwin bhagwandin chandra chandrika devika dinesh ganesh hanoeman indra indira kavita kishan kiran krishna ' +
  'lakshmi mahesh manoj meera mohan narinder naresh nisha pooja pradeep prakash priya radha rajesh rakesh ramesh ravi renuka rishi ' +
  'roshni sandjai sanjay santosh satish savitri shanti sharmila shanta shiva sita sunil sunita suresh usha vijay vishnu wiedjai ' +
  'rabin rubia rudi soedesh soenita soeresh radjesh ramdien ritesh sharda sharon shirley soraya stanley sylvana tanisha ' +
  'marvin marlon marisca mavis melvin merlin michelle milton mitchell norbert ortwin quincy ramon randy ricardo rodney rolando ' +
  'romano romeo roshan ruthline sheila shanice shakira sherida sonia tatjana tyrone urvin wensley xaviera yolanda yordi ' +
  'dwight edgar elvis ernesto errol esmeralda eugene gerson glenn glenda hortense humphrey iwan jamila jermaine jerrel jurgen ' +
  'kenneth lorenzo lucinda lurvin mireille natascha orlando priscilla reginald rosita royston ruthmila sabitrie saskia ' +
  'shurandy sidney stanley tirzah urshel virgil yasmin yvonne zuleika nathaly darnell djamila eartha elvira ezra gilbert ' +
  'giovanni gregory guillermo ilonka izaline jandino jeanine jessica jurmen kevin kimberly lisette lourdes luigi marilyn ' +
  'migdalia miguel nereida rignald roderick ruchendra shamir sharlon suhenne sulaika yurick ' +
  'djoko sarmi soekarno sutinah wagiman wagini sukimin sarinah tukiman samina poniman kartini paidjo adjeng';

const POLISH_EASTERN =
  'agnieszka aleksandra anna barbara beata bogdan bożena dariusz dominik dorota elżbieta ewa grażyna grzegorz halina irena iwona ' +
  'jacek jadwiga jakub janusz jarosław jerzy joanna józef justyna kamil karolina katarzyna krystyna krzysztof łukasz magdalena ' +
  'małgorzata marcin marek mariusz marta mateusz michał monika natalia paweł piotr przemysław rafał renata robert ryszard sebastian ' +
  'stanisław sylwia szymon tadeusz teresa tomasz urszula wiesław witold wojciech zbigniew zofia zuzanna agata bartosz bartek ' +
  'edyta ewelina gosia kasia magda marzena patrycja wioletta danuta jolanta lucyna mirosław wojtek zdzisław ' +
  'oksana olena olha iryna tetiana nataliia svitlana yulia viktoria andriy oleksandr oleksii serhii dmytro mykola volodymyr ' +
  'vasyl ivan yurii bohdan taras ihor maksym artem anastasia daria sofiia yevhen kateryna liudmyla valentyna halyna ' +
  'ioana andreea elena mihai ionuț alexandru cristina florin gabriela adrian bogdan nikolai svetlana tatiana ludmila galina ' +
  'ivana milena dragan goran zoran snežana vesna jelena nikola stefan daniela krasimir desislava petar iliyan ' +
  'agne ieva jurgita laura lina rasa tomas mantas darius ruta inga vytautas';

const SYRIAN_IRAQI_AFGHAN =
  'abdulrahman abdulkarim abdullah ahmad alaa amer ammar anas basel bashar bassam batoul dalia diana eyad fadi farah fatemeh ' +
  'ghada ghassan hadi haifa hala hamza hanadi hani haya hazem heba hiba hussam ibrahim imad isa issa jihad jouri kinan lama ' +
  'lana lina loay lujain maher maha majd malak manar maysa mazen mohanad muhammad nada nadim nahla nasser nawar nour omar ' +
  'qusay rama rami rana randa rasha rawan razan reem riad rola ruba saeed safa salam sami samer sana shadi suha tamer wael ' +
  'wafaa waseem yara yasser yazan zaid zainab zeina ziad hevin rojda rojin dilan shirin berivan azad rezan jiyan hozan ' +
  'ali hassan hussein mahmoud mustafa yousef yusuf fatima khaled walid ayham mahmud osama husam tarek leen joud ' +
  'ahmadi aziz farid farhad farzana fereshta gul gulalai habib hamid homa jawad karima khalida mahbooba mariam massoud ' +
  'mohammadullah nargis nasrin parwana rahim rahima sayed shabnam shakila sharifa sohrab wahid zahra zarghuna zohal ' +
  'ali reza mehdi parisa maryam narges shirin leila arash behrouz dariush farnaz golnaz kaveh mahsa navid neda omid ' +
  'pouya roya saman sepideh shahla sima soheila taraneh yasaman';

const EAST_AFRICAN =
  'abel abraham aden afewerki aklilu alem almaz amanuel asmeret awet berhane bereket biniam daniel dawit eden efrem ' +
  'elsa ermias eyob fikre filmon freweyni futsum gebre gebremedhin genet ghebre goitom habte hagos haile hailu helen ' +
  'henok hiwet kidane kibrom kiflom lemlem luwam mehari meron merhawi mhret mihret mulugeta mussie nardos natnael ' +
  'netsanet rahel robel ruth saba selam semere senait sennait simon solomon tekle teklay tesfay tesfaye tewelde ' +
  'tigist tsega tsegay weldu winta yemane yonas yohannes yordanos zewdi zeresenay zerihun ' +
  'abdi abdirahman abdirizak amran asha ayan bashir cabdi deeqa faadumo farhiya fartun hodan hibo hussein ' +
  'ifrah ilhan khadra maryan mohamud muna nasra nimco qamar sagal sahra samatar shukri ubah warsame yasin zamzam ' +
  'adebayo aminata amadou babacar chidi chinedu emeka fatou ibrahima kofi kwame mamadou moussa ngozi oumar ousmane ' +
  'seydou tunde yaw abena akosua ama kwabena kojo efua adjoa esi kofi';

const OTHER =
  'maria joão josé ana manuel antónio carla sónia paulo rui nuno tiago sandra helena marisa jorge pedro luís ' +
  'carlos juan pablo javier miguel lucía sofía carmen rosa elena isabel alejandro diego fernando ' +
  'giuseppe giovanni francesca giulia lorenzo matteo marco chiara ' +
  'wei li ming mei jing hui yan lei xiu ying hao jun chen lin ' +
  'budi sri wati agus dewi putri rina siti wahyu yanti indah nurul ' +
  'jamie jordan kevin jason brian steven jennifer jessica ashley kimberly nicole stephanie tyler ryan';

/** Names that are also ordinary Dutch words (or month names, or sentence openers): only with context. */
const MORE =
  'marie jean pierre louise claire paul-henri jean-paul marie-louise anne-sophie ' +
  'aaltje abla adaeze adilson adri adwoa afua agustín ahmet-can ailton aisha-bibi ako akua akwasi ' +
  'alberto alcides alessandro alessia alida alina almir amara amela amra ana-paula andrás anh anilda ' +
  'anky annelot annemie anniek antonio ara aras arben ardit arianne arlindo arta asif attila avin azad ' +
  'babajide baran bartje bastiaan bawar beatriz benjamin bennie berend berfin beritan bertine besa bese ' +
  'bettie bisi blerina bouwe bram brechje bukola bushra bêrîvan camila cas catarina cees-jan celestino ' +
  'charlotte chiamaka chidinma christel chukwuma cihan clarisse clasina cobie cornelis cristóbal dani ' +
  'daniek dara delal denisa dilovan dilşad dimitris dinand dineke dirkje djalma dorus dritan duc dulce ' +
  'edin edmilson eefje egbert elbertje eleni elin elira elisângela elsbeth emina emmanuel emmy enes ' +
  'engelbert esmé esteban eszter eunice evandro evertje evin fabiano faisal fatmir fay federica feline ' +
  'fenna fennie fenny fernanda fieke filomena florentina folake francisco frederique funmilayo gabriel ' +
  'geesje genti georgios gerbrand gerjan gerlinda gerlinde gijsje gilson giorgio giorgos gonzalo goran ' +
  'gosse grietje gulistan guusje gábor haris harmen harmke haruto hawre hejar heleen helin hemin ' +
  'hendrik-jan hennie henrike hermina heval hidde hiltje hiroshi hoa hubert huong huub hélder idalina ' +
  'ifeoma ignacio ildikó ilir imran ineke ionela irfan isabela isis iulian jaantje jaap-jan jacomijn ' +
  'jailson jaimy jakob janice janita janneke jappie jasmijn jasmin jayden jelte jeltje jens jeta jetze ' +
  'jianhua jildou jiyan joaquim jochum joke jolanda joost jorrit jort josefa josé-luis jozien joëlle ' +
  'julius juul katalin kawa kees-jan kehinde kekeli kemi kenji kerst kiki klaske klazien kobie ' +
  'konstantinos koosje kwadwo kwaku lambert lammert lara larissa lauren leendert leentje lejla leonel ' +
  'liam liesje linh lise livia lorena lorin luan luca lucas lucia ludo luna lúcia maartje manuela ' +
  'margaretha maria-elena marijtje marinus marisol marius mariza marlies mateus maxime mechteld meike ' +
  'meiling meindert micha mick mientje milan milton mimoza minh mirthe mirza mizgîn myrna nadeem naomi ' +
  'naveed nelleke nelson nermina nesrin newroz nienke nikos nkechi nova nûjiyan obinna odete olga ' +
  'olivia oluwaseun orlanda otis ovidiu panagiotis paolo pauwel peet pepijn petronella pietje puck ' +
  'péter quang quinn rafael raluca raquel reina reinder renato renske renée rijkje roberta rocío ' +
  'roeland roelie roelofje roj rojan rojhat rona ronahî rosalina rowan rozalie rubina ruby ruurd ' +
  'saartje saima sakura sam sanne sara selasi selma senad sepp serhat shaho shazia sibrand sijtje sil ' +
  'silvino simona sirwan sjaan sjoukje sofia sophia sorin stefanie stefano sytze taiwo tamás tariq ' +
  'temitope teuntje thanh thiago thijmen tiemen tijn tijs tineke tjalling tjitske tobias trang trudy ' +
  'tuan tygo tymen tânia ubbo ulbe vajèn valdemar valentijn valentin valentina valerie valon vanderlei ' +
  'vasiliki vincent vitória viyan wanderley weiwei welat wen wiebren wijnanda willemijn wobbe wout ' +
  'wubbo xiaoli xiaoming yaa yara yetunde yfke ymke younis yousuf yuki yumi zakariya zana zara zelal ' +
  'zenaida zhiwei zoey zoltán zozan zsófia zwaantje şêrko ';

/**
 * Names that are also ordinary Dutch words (or month names, or sentence openers): they count as a name
 * only with context (a title, a surname, a verb of telling, or written with a capital mid-sentence).
 */
export const AMBIGUOUS_NAMES = new Set(
  (
    'roos bas merel iris fleur lief lieve els linde wil jade amber job pier jet lot rob ton ben al door ' +
    'mei juni april augustus koen vos mees sip rosa max mark lies lama leen salam selam bo dag ' +
    // Found by comparing the list with Debian's Dutch word list (wdutch): common words among the names.
    'frank riet rijk toon kader margriet rozemarijn taco wei lei helen steven mina sultan tuba bob lex mirte ' +
    'genet juul milan isis nova puck roj dara'
  ).split(' '),
);

let cache: Set<string> | undefined;

/** All first names, lower-cased; built once on first use. */
export function firstNames(): Set<string> {
  cache ??= new Set(
    [
      DUTCH,
      TURKISH,
      MOROCCAN_ARABIC,
      SURINAMESE_ANTILLEAN,
      POLISH_EASTERN,
      SYRIAN_IRAQI_AFGHAN,
      EAST_AFRICAN,
      OTHER,
      MORE,
    ]
      .join(' ')
      .split(/\s+/)
      .filter((name) => name !== '')
      .concat([...AMBIGUOUS_NAMES]),
  );
  return cache;
}
