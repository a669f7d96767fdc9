"""Returns gl13–gl18: department forms (flat lists, decorated tiers, two value columns) and
projects with notes, repeated headers and subtotal rows."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout652.common import (
    DEPT,
    HEAD4,
    HEAD_PERIOD,
    book,
    indicators,
    notes,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout652.registry import variant
from tests.variants.kit import Book, day, mk, pct

GOAL13 = ("监测苜蓿及天然草原病虫害5万亩，补播改良退化草原2万亩（其中混播苜蓿0.5万亩），"
          "草原综合植被盖度保持在45%以上。")  # fmt: skip


@variant("gl13-grassland-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights add to 100, a goal area with its part in brackets "
         "(correct)")  # fmt: skip
def gl13() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="芨芨滩县草原工作站",
                    budget=[(wan(420), wan(400), wan(20), wan(160), wan(260))],
                    tasks=[("苜蓿病虫害监测", "苜蓿及天然草原病虫害监测", wan(60), "监测5万亩"),
                           ("退化草原补播", "补播改良并混播苜蓿", wan(200), "补播2万亩"),
                           ("金额合计", None, wan(260), None)],
                    goal=GOAL13)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in [
        ("病虫害监测面积", 15, "万亩", "≥", 5),
        ("退化草原补播面积", 20, "万亩", "≥", 2),
        ("混播苜蓿面积", 10, "万亩", "≥", 0.5),
        ("补播草种出苗率", 15, "%", "≥", pct(0.8)),
        ("补播作业完成时间", 10, None, "≤", "2026年6月30日"),
        ("补播草种补助标准", 10, "元/亩", "≤", 100),
        ("草原综合植被盖度", 10, "%", "≥", pct(0.45)),
        ("牧户满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*row)
    sign(s, "努尔兰·沙吾提", "0937-6659032", day(2025, 11, 26))
    return b


@variant("gl14-forage-lab-flat", (3, 12),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): tasks not adding to 金额合计, a sample count against the "
         "goal")  # fmt: skip
def gl14() -> Book:
    b, s = book()
    total = mk(wan(180), "B102", "error", note="70 + 50 + 50 = 170，不是180")
    department_head(s, year=2026, dept="芨芨滩县饲草料质量检测站",
                    budget=[(wan(300), wan(270), wan(30), wan(120), wan(180))],
                    tasks=[("青贮饲料质量检测", "青贮玉米饲料抽样检测", wan(70), "检测500份"),
                           ("苜蓿草产品检测", "苜蓿干草和裹包青贮检测", wan(50), "检测300份"),
                           ("检测能力建设", "购置近红外分析仪", wan(50), "通过能力比对"),
                           ("金额合计", None, total, None)],
                    goal="全年检测青贮及苜蓿饲草样品800份，检测结果报送及时率100%。")  # fmt: skip
    count = mk(600, "D104", "warning", row=True, note="年度总体目标和任务写800份")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for row in [
        ("饲草样品检测数量", count, "正向", "份", 20),
        ("检测结果准确率", pct(0.98), "正向", "%", 20),
        ("检测结果报送及时率", pct(1), "正向", "%", 15),
        ("单份样品检测费用", "≤600", "反向", "元/份", 15),
        ("检测能力比对合格率", pct(0.95), "正向", "%", 15),
        ("服务对象满意度", pct(0.9), "正向", "%", 15),
    ]:
        s.row(*row)
    return b


GOAL15 = "完成托管牧场奶牛布病监测2万头份，检测青贮饲料样品300份，兽医巡诊托管牧场全覆盖。"


@variant("gl15-vet-service-marks", (5,),
         "department, NAT-2021, labels marked and abbreviated (*产出, 数量): a sample count "
         "repeated under 质量 with another value, a deadline in the next year, a satisfaction "
         "rate under 社会效益")  # fmt: skip
def gl15() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="芨芨滩县畜牧兽医服务中心",
                    budget=[(wan(560), wan(500), wan(60), wan(240), wan(320))],
                    tasks=[("托管牧场布病监测", "奶牛布病血清学监测", wan(120), "监测2万头份"),
                           ("饲草料检测", "青贮饲料霉菌毒素检测", wan(80), "检测300份"),
                           ("牧场兽医巡诊", "托管牧场定期巡诊", wan(120), "巡诊全覆盖"),
                           ("金额合计", None, wan(320), None)],
                    goal=GOAL15)  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "奶牛布病监测样品数", "≥2万头份"),
        (None, None, "青贮饲料检测样品数", "≥300份"),
        (None, None, "托管牧场兽医巡诊覆盖率", "100%"),
        (None, "质量", "布病监测结果准确率", "≥98%"),
        (None, None, "青贮饲料检测样品数",
         mk("≥350份", "D102", "error", row=True, alt=("D101", "D103", "D104", "F201"),
            note="与数量下的同名指标值不同")),
        (None, "时效", "年度监测报告报送时间",
         mk("2027年1月15日前", "Y102", "error", alt=("Y103",), note="部门预算年度为2026年")),
        ("*成本", "经济成本", "单份布病监测费用", "≤30元"),
        ("*效益", "社会效益", "托管牧场布病阳性检出率", "≤0.5%"),
        (None, None, "养殖场户对监测服务满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")),
        ("*满意度", "服务对象满意度", "托管牧场满意度", "≥90%"),
    ])  # fmt: skip
    return b


GOAL16 = ("建设苜蓿良种繁育基地3000亩，补助苜蓿收储加工2万吨，"
          "苜蓿干草一级品率提高5个百分点。")  # fmt: skip


@variant("gl16-alfalfa-center-two-values", (1, 5, 10),
         "department, NAT-2021, numbered labels (一、/1.), 实施周期 and 年度 columns equal for a "
         "one-year budget, typed percents, 百分点, 0起 (correct)")  # fmt: skip
def gl16() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="芨芨滩县苜蓿产业发展中心",
                    budget=[(wan(380), wan(350), wan(30), wan(130), wan(250))],
                    tasks=[("苜蓿良种繁育基地", "建设良种繁育基地", wan(150), "建成3000亩"),
                           ("苜蓿收储加工补助", "补助收储加工主体", wan(100), "收储2万吨"),
                           ("金额合计", None, wan(250), None)],
                    goal=GOAL16)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("一、产出指标", "1.数量指标", "苜蓿良种繁育基地面积", "≥3000亩", "≥3000亩"),
        (None, None, "苜蓿收储加工补助量", "≥2万吨", "≥2万吨"),
        (None, "2.质量指标", "良种种子净度", pct(0.95), pct(0.95)),
        (None, "3.时效指标", "收储补助兑付时间", "2026年12月20日前", "2026年12月20日前"),
        ("二、成本指标", "1.经济成本指标", "收储加工补助标准", "≤50元/吨", "≤50元/吨"),
        (None, None, "繁育基地建设补助标准", "≤500元/亩", "≤500元/亩"),
        ("三、效益指标", "1.经济效益指标", "苜蓿干草一级品率提高", "≥5百分点", "≥5百分点"),
        (None, "2.社会效益指标", "苜蓿草产品质量安全事件", "0起", "0起"),
        ("四、满意度指标", "1.服务对象满意度指标", "种植户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


GOAL17 = "建设苜蓿—青贮玉米轮作示范区6万亩，推广轮作配套技术，提高饲草单产和土壤肥力。"


@variant("gl17-rotation-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "the period area copied to the year, last season's sowing deadline")  # fmt: skip
def gl17() -> Book:
    b, s = book()
    copied = mk(GOAL17, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2026, years=3, name="苜蓿—青贮玉米轮作示范项目", dept=DEPT,
                 unit="芨芨滩县草原工作站", attr="新增项目",
                 money=period((wan(900), wan(800), wan(100)), (wan(300), wan(270), wan(30))),
                 goals=[GOAL17, copied])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "轮作示范面积", "≥6万亩",
         mk("≥6万亩", "D202", "warning", note="三年累计面积照抄到年度")),
        (None, None, "带动种植户数", "≥1200户", "≥400户"),
        (None, "质量指标", "示范区苜蓿保苗率", "≥85%", "≥85%"),
        (None, "时效指标", "春播完成时间", "2028年5月31日前",
         mk("2025年5月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上一季的日期，在预算年度和项目期之外")),
        ("成本指标", "经济成本指标", "轮作补助标准", "≤40元/亩", "≤40元/亩"),
        ("效益指标", "经济效益指标", "示范区饲草亩均增产", "≥15%", "≥10%"),
        (None, "生态效益指标", "示范区土壤有机质含量提高", "≥0.2百分点", "≥0.1百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


GOAL18 = ("改造生鲜乳收购站6个（其中托管牧场自建站4个），配备冷藏罐和在线检测设备，"
          "生鲜乳冷链运输率达到100%。")  # fmt: skip
HEAD18 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("gl18-milk-stations-notes", (4,),
         "project, OLD-NAT, weight column: a 说明 row, the header repeated after a page break, "
         "小计 and 合计 rows, 填表说明 and signature lines (correct)")  # fmt: skip
def gl18() -> Book:
    b, s = book()
    project_head(s, year=2026, name="生鲜乳收购站标准化改造项目", dept=DEPT,
                 unit="芨芨滩县奶业发展服务中心", money=one_year(wan(210), wan(180), wan(30)),
                 goals=[GOAL18])  # fmt: skip
    indicators(s, HEAD18, [
        ("产出指标", "数量指标", "改造生鲜乳收购站数量", "≥6个", 15),
        (None, None, "其中托管牧场自建站改造数量", "≥4个", 10),
        (None, "质量指标", "改造工程验收合格率", "100%", 15),
        (None, "时效指标", "改造完成时间", "2026年9月30日前", 10),
        (None, "成本指标", "单站改造补助标准", "≤35万元/个", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    notes(s, "说明：指标值依据县生鲜乳收购站建设规范确定。", width=5)
    s.skip()
    s.row(*HEAD18)
    s.table([
        ("效益指标", "社会效益指标", "生鲜乳冷链运输率", "100%", 10),
        (None, "经济效益指标", "生鲜乳收购损耗率", "≤0.5%", 10),
        (None, "可持续影响指标", "在线检测数据上传率", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "托管牧场及奶农满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.权重合计为100；2.小计、合计行不计入指标。", width=5)
    sign(s, "刘海鹰", "0937-6640578", day(2025, 12, 9))
    return b
