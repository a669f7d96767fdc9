"""Returns ey01–ey06: the red-lantern (灯笼) craft workshop of 枫渡县 and 鹭汀市's lantern shows."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout613.common import OLD_HEAD, YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout613.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "枫渡县文化和旅游局（318）"


@variant("ey01-gongdeng-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets (correct)")  # fmt: skip
def gongdeng() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渡县宫灯传统技艺传承扶持项目", dept=DEPT,
                 unit="枫渡县柘溪宫灯工艺坊", money=funds(48, 40, 8),
                 goals=["全年制作传统宫灯1200盏（其中大型宫灯200盏），举办灯彩技艺公开课12期，"
                        "产品抽检合格率不低于95%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "宫灯制作数量", "≥", 1200, "盏"),
        (None, None, "灯彩技艺公开课期数", "≥", 12, "期"),
        (None, "质量指标", "产品抽检合格率", "≥", pct(0.95), "%"),
        (None, None, "次品返工率", "≤", pct(0.03), "%"),
        (None, "时效指标", "年度制作任务完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "宫灯制作材料补助标准", "≤", 300, "元/盏"),
        ("效益指标", "社会效益指标", "公开课参与群众人次", "≥", 600, "人次"),
        (None, "可持续影响指标", "传承学徒留存率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：材料补助按300元/盏×1200盏=36万元测算，其余12万元用于公开课及场地。")
    sign(s, "邬晓岚", "0739-5826417", (YEAR - 1, 12, 8))
    return b


@variant("ey02-hongdeng-goal-mismatch", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: goal and indicator disagree on the "
         "apprentices, a deadline in the year before, a unit cost beyond the money")  # fmt: skip
def hongdeng() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市中秋红灯笼民俗展示项目", dept="鹭汀市文化馆（207）",
                 unit="鹭汀市文化馆", money=funds(20, 15, 5),
                 goals=[f"{YEAR}年培训灯笼扎制学徒60人，制作红灯笼2000盏，于{YEAR}年9月30日前"
                        "完成中秋灯会布展。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "灯笼扎制学徒培训人数",
         mk("≥40人", "D104", "warning", note="年度目标写培训学徒60人")),
        (None, None, "红灯笼制作数量", "≥2000盏"),
        (None, "质量指标", "灯笼验收合格率", "≥95%"),
        (None, "时效指标", "灯会布展完成时间",
         mk("2025年9月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="预算年度2026，目标写2026年9月30日前：去年的期限未改")),
        (None, "成本指标", "红灯笼制作补助标准",
         mk("≤150元/盏", "B107", "warning", note="150元×2000盏=30万元，超过年度资金20万元")),
        ("效益指标", "社会效益指标", "灯会观展人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "观展群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲文澜", "0739-6113520", (YEAR - 1, 11, 26))
    return b


@variant("ey03-dengcai-three-years", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, period counts above the year's, a "
         "later year the work prepares for (correct)")  # fmt: skip
def dengcai() -> Book:
    b, s = start()
    money = [["中期资金总额", wan(150), "年度资金总额", wan(50)],
             ["其中：财政拨款", wan(120), "其中：财政拨款", wan(40)],
             ["其他资金", wan(30), "其他资金", wan(10)]]  # fmt: skip
    project_head(s, year=YEAR, name="枫渡县灯彩非遗工坊建设项目", dept=DEPT, years=3,
                 unit="枫渡县非遗保护中心", money=money, attr="新增项目", goals=[
                     "2026年—2028年建成灯彩非遗工坊3处，累计培训手艺人300人次，开发灯笼文创产品"
                     "30款，为2029年申报省级非遗生产性保护基地积累经验。",
                     "2026年建成灯彩非遗工坊1处，培训手艺人100人次，开发灯笼文创产品"
                     "10款。"])  # fmt: skip
    table(s, (*OLD_HEAD[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "非遗工坊建成数量", "≥3处", "≥1处"),
        (None, None, "手艺人培训人次", "≥300人次", "≥100人次"),
        (None, None, "灯笼文创产品开发数量", "≥30款", "≥10款"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "工坊建设补助标准", "≤30万元/处", "≤30万元/处"),
        ("效益指标", "社会效益指标", "带动手艺人增收户数", "≥120户", "≥40户"),
        (None, "可持续影响指标", "工坊持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "手艺人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey04-dengcai-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, a "
         "cumulative count copied, a year's count above the period's")  # fmt: skip
def copied() -> Book:
    b, s = start()
    money = [["中期资金总额", wan(90), "年度资金总额", wan(45)],
             ["其中：财政拨款", wan(80), "其中：财政拨款", wan(40)],
             ["其他资金", wan(10), "其他资金", wan(5)]]  # fmt: skip
    goal = "建设红灯笼街景展陈点位20个，培训灯笼匠人80人，打造柘溪灯笼夜市品牌。"
    project_head(s, year=YEAR, name="枫渡县柘溪灯笼街区夜景提升项目", dept=DEPT, years=2,
                 unit="柘溪镇人民政府", money=money, attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    table(s, (*OLD_HEAD[:3], "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "灯笼展陈点位数量", "≥20个",
         mk("≥20个", "D202", "warning", note="累计点位数照抄实施期值")),
        (None, None, "灯笼匠人培训人数", "≥80人",
         mk("≥120人", "D201", "error", note="年度120人超过两年合计80人")),
        (None, "质量指标", "展陈灯具验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "展陈点位亮灯时间", "2027年9月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个展陈点位建设成本", "≤4万元/个", "≤4万元/个"),
        ("效益指标", "经济效益指标", "灯笼夜市商户营业额增长率", "≥10%", "≥5%"),
        (None, "社会效益指标", "夜市游客接待人次", "≥20万人次", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey05-caizha-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column adding "
         "to the same 100, a rate raised in 百分点 (correct)")  # fmt: skip
def caizha() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市元宵彩扎灯会项目", dept="鹭汀市文化馆（207）",
                 unit="鹭汀市群众艺术团", money=funds(40, 32, 8),
                 goals=["制作彩扎花灯作品500件，组织彩灯巡展8场，吸引观展3万人次。"])  # fmt: skip
    table(s, (*OLD_HEAD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.彩扎花灯作品数量", "≥500件", 15),
        (None, None, "2.彩灯巡展场次", "≥8场", 10),
        (None, "（二）质量指标", "3.作品评审达标率", "≥92%", 10),
        (None, "（三）时效指标", "4.元宵灯会开展时间", "2026年3月3日前", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.彩扎作品单件制作成本", "≤600元/件", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.灯会观展人次", "≥3万人次", 10),
        (None, None, "7.青少年灯彩体验课参与率", "提高≥5百分点", 10),
        (None, "（二）可持续影响指标", "8.彩扎技艺传习人数", "≥25人", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.观展群众满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("ey06-denglong-tier-slips", (5, 6),
         "project, NAT-2021, abbreviated tier labels: a 合格率 under 时效, a 生态效益 row left "
         "from the template")  # fmt: skip
def slips() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渡县灯笼扎制技能培训项目", dept=DEPT,
                 unit="枫渡县职业技术学校", money=funds(30, 30, 0),
                 goals=["开设灯笼扎制技能培训班6期，培训学员180人，结业学员取得"
                        "技能证书。"])  # fmt: skip
    table(s, OLD_HEAD, [
        ("成本", "经济成本", "人均培训成本", "≤1500元/人"),
        ("产出", "数量", "培训班期数", "≥6期"),
        (None, None, "培训学员人数", "≥180人"),
        (None, "时效", mk("结业灯笼成品验收合格率", "F201", "warning", row=True,
                          note="质量类比率填在时效指标下"), "≥90%"),
        (None, None, "培训班开班时间", "2026年10月31日前"),
        (None, "质量", "技能证书取得率", "≥85%"),
        ("效益", "社会效益", "学员就业创业人数", "≥60人"),
        (None, mk("生态效益", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度", "服务对象满意度", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b
