"""Returns hv01–hv06: 甲鱼 (中华鳖) and 牛蛙 ponds."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout688.common import YEAR, indicators, one_year, sign, start, wan
from tests.variants.holdout688.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("hv01-turtle-greenhouse", (1, 11),
         "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥, "
         "a goal area with its part in brackets (correct)")  # fmt: skip
def hv01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="苇汀县中华鳖温室养殖池提标改造项目",
                 dept="苇汀县农业农村局（315001）", unit="苇汀县水产技术推广站",
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["完成中华鳖温室养殖池提标改造60亩（其中稚鳖培育池20亩），配套尾水处理设施"
                        "4处，培训养殖户150人次，养殖尾水达标排放。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "温室养殖池提标改造面积", "≥", 60, "亩"),
        (None, None, "其中：稚鳖培育池改造面积", "≥", 20, "亩"),
        (None, None, "尾水处理设施建设数量", "≥", 4, "处"),
        (None, None, "养殖户技术培训", "≥", 150, "人次"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), None),
        (None, None, "养殖尾水达标排放率", "≥", pct(0.95), None),
        (None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 10, 31), None),
        ("成本指标", "经济成本指标", "每亩提标改造成本", "≤", 1.5, "万元/亩"),
        (None, None, "尾水处理设施单处建设成本", "≤", 6, "万元/处"),
        ("效益指标", "经济效益指标", "亩均养殖产值增长率", "≥", pct(0.08), None),
        (None, "社会效益指标", "带动养殖户户数", "≥", 40, "户"),
        (None, "生态效益指标", "鳖病发生率下降率", "≥", pct(0.1), None),
        (None, "可持续影响指标", "养殖池日常管护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "邵明岚", "0571-86213457", day(YEAR - 1, 11, 18))
    return b


@variant("hv02-bullfrog-pond-goal", (11,),
         "project, NAT-2021, one value column: the goal's pond count and deadline differ from "
         "the indicators, the cost per pond times the count exceeds the money")  # fmt: skip
def hv02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蒲渚镇牛蛙标准化养殖池建设项目",
                 dept="苇汀县农业农村局（315001）", unit="蒲渚镇农业综合服务中心",
                 money=one_year(wan(100), wan(80), wan(20)),
                 goals=["新建牛蛙标准化养殖池120口，配套防逃网与增氧设备，2025年11月底前完工，"
                        "带动养殖户30户增收。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "牛蛙标准化养殖池建设数量",
         mk("≥100口", "D104", "warning", row=True, note="年度目标写新建120口")),
        (None, None, "防逃网铺设长度", "≥3000米"),
        (None, "质量指标", "养殖池验收合格率", "100%"),
        (None, "时效指标", "养殖池完工时间",
         mk("2026年6月30日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2025-01-01至2025-12-31），年度目标写2025年11月底前完工")),
        ("成本指标", "经济成本指标", "单口养殖池建设成本",
         mk("≤1.1万元/口", "B107", "warning", row=True,
            note="1.1×100=110万元（按目标120口为132万元），超过项目资金100万元")),
        ("效益指标", "经济效益指标", "带动养殖户增收户数", "≥30户"),
        (None, "生态效益指标", "养殖尾水循环利用率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hv03-stacked-turtle-frog", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project (correct)")  # fmt: skip
def hv03() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="甲鱼苗种繁育基地提升项目", dept="苇汀县农业农村局",
                 unit="苇汀县鳖类良种场", money=one_year(wan(60), wan(60), wan(0)),
                 goals=["改造亲鳖培育池20亩，年繁育优质稚鳖30万只，"
                        "培训养殖户80人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "亲鳖培育池改造面积", "≥20亩"),
        (None, None, "优质稚鳖繁育数量", "≥30万只"),
        (None, None, "养殖户技术培训人次", "≥80人次"),
        (None, "质量指标", "稚鳖出苗合格率", "≥92%"),
        (None, "时效指标", "培育池改造完成时间", "2025年5月31日前"),
        (None, "成本指标", "亲鳖池改造单价", "≤2万元/亩"),
        ("效益指标", "经济效益指标", "良种稚鳖供应本地覆盖率", "≥60%"),
        (None, "可持续影响指标", "良种繁育技术规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "苗种购买户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="牛蛙养殖尾水治理项目", dept="苇汀县农业农村局",
                 unit="苇汀县水产技术推广站", money=one_year(wan(80), wan(50), wan(30)),
                 goals=["建设牛蛙养殖尾水处理池6座，治理养殖面积400亩，培训养殖户120人次。"],
                 title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "尾水处理池建设数量", "≥6座"),
        (None, None, "治理养殖面积", "≥400亩"),
        (None, None, "养殖户技术培训人次", "≥120人次"),
        (None, "质量指标", "尾水处理池验收合格率", "100%"),
        (None, "时效指标", "尾水处理池建成时间", "2025年9月30日前"),
        (None, "成本指标", "尾水处理池建设单价", "≤8万元/座"),
        ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥95%"),
        (None, "社会效益指标", "养殖尾水投诉件数下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hv04-turtle-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the year's money above the "
         "period's, a year's count above the period's, a cumulative count copied")  # fmt: skip
def hv04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="甲鱼生态养殖示范区建设项目",
                 dept="菱湾区农业农村局", unit="菱湾区渔业技术服务站", money=[
                     ("中期资金总额", wan(450), "年度资金总额",
                      mk(wan(480), "B103", "error", note="年度480万元大于中期450万元")),
                     ("其中：财政拨款", wan(380), "其中：财政拨款", wan(400)),
                     ("其他资金", wan(70), "其他资金", wan(80))],
                 goals=["2025—2027年建成甲鱼生态养殖示范区300亩，推广稻鳖共作600亩，培训养殖户"
                        "450人次，养殖尾水达标排放。",
                        "2025年建成示范区100亩，推广稻鳖共作200亩，"
                        "培训养殖户150人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "示范区建设面积", "≥300亩", "≥100亩"),
        (None, None, "稻鳖共作推广面积", "≥600亩",
         mk("≥800亩", "D201", "error", alt=("D104",),
            note="年度800亩大于中期600亩；年度目标写200亩")),
        (None, None, "养殖户技术培训", "≥450人次",
         mk("≥450人次", "D202", "warning", alt=("D104",),
            note="三年的累计人次照抄到年度；年度目标写150人次")),
        (None, "质量指标", "示范区建设验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每亩示范区建设成本", "≤1.2万元/亩", "≤1.2万元/亩"),
        ("效益指标", "经济效益指标", "示范区亩均增收", "≥2000元/亩", "≥1500元/亩"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "示范区管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hv05-frog-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points and marks, an indicator score "
         "column adding up to them, a survival rate raised in 百分点 (correct)")  # fmt: skip
def hv05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="牛蛙养殖池塘标准化改造项目", dept="苇汀县农业农村局",
                 unit="苇汀县水产技术推广站", money=one_year(wan(200), wan(160), wan(40)),
                 goals=["完成牛蛙养殖池塘标准化改造70亩，修复进排水渠道4.2公里，商品蛙成活率提高"
                        "5个百分点，带动25户养殖户增收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("*一、产出指标（40分）", "（一）数量指标", "1.池塘标准化改造面积", "≥70亩", 10),
        (None, None, "2.进排水渠道修复长度", "≥4.2公里", 10),
        (None, "（二）质量指标", "3.改造工程验收合格率", "100%", 10),
        (None, "（三）时效指标", "4.改造工程完工时间", "2025年11月30日前", 10),
        ("*二、成本指标（20分）", "（一）经济成本指标", "5.每亩池塘改造成本", "≤2.5万元/亩", 10),
        (None, None, "6.增氧及投喂设备购置成本", "≤20万元", 10),
        ("*三、效益指标（30分）", "★（一）经济效益指标", "7.商品蛙养殖成活率提高", "≥5百分点", 10),
        (None, "（二）社会效益指标", "8.带动养殖户户数", "≥25户", 10),
        (None, "（三）生态效益指标", "9.养殖尾水循环利用率", "≥70%", 10),
        ("*四、满意度指标（10分）", "（一）服务对象满意度指标", "10.养殖户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("hv06-pond-department", (12,),
         "department, NAT-2021: key tasks not adding to their 金额合计, a satisfaction rate "
         "under 社会效益指标")  # fmt: skip
def hv06() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="苇汀县渔业发展中心",
                    budget=[(wan(500), wan(450), wan(50), wan(300), wan(200))],
                    tasks=[("甲鱼养殖池改造补助", "补助温室养殖池改造40亩", wan(80), "改造40亩"),
                           ("牛蛙养殖技术推广", "示范推广、技术培训", wan(50), "培训300人次"),
                           ("养殖尾水监测", "监测点运维与检测", wan(70), "监测点12个"),
                           ("金额合计", None,
                            mk(wan(210), "B102", "error", alt=("B101",),
                               note="80+50+70=200，项目支出也是200"), None)],
                    goal="完成甲鱼温室养殖池改造40亩，培训牛蛙养殖户300人次，"
                         "运维尾水监测点12个。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "甲鱼养殖池改造补助面积", "≥40亩"),
        (None, None, "牛蛙养殖技术培训", "≥300人次"),
        (None, None, "尾水监测点运维数量", "≥12个"),
        (None, "质量指标", "尾水监测数据有效率", "≥95%"),
        (None, "时效指标", "改造补助资金拨付时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每亩改造补助标准", "≤2万元/亩"),
        ("效益指标", "社会效益指标", "带动养殖户增收户数", "≥60户"),
        (None, None, "养殖户培训满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
