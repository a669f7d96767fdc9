"""Village treatment stations: new stations, upgrades, a three-year build programme, a flat
department list (kew01–kew06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout819.common import (
    HEAD4,
    HEAD_PERIOD,
    book,
    indicators,
    notes,
    period_money,
    sign,
    wan,
    year_money,
)
from tests.variants.holdout819.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "鹭汀县生态环境局（317001）"


@variant("kew01-station-build", (1, 7),
         "project, NAT-2021, header 绩效目标值, operator and unit columns, typed percents, "
         "a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def kew01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栖梧镇村级污水处理站新建工程", dept=DEPT,
                 unit="栖梧镇人民政府", attr="新增项目", money=year_money(360, 300, 60),
                 goals=["新建村级一体化污水处理站12座（其中日处理50吨的8座、30吨的4座），配套"
                        "接户管6.2公里，出水达到一级B标准，受益农户1500户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "新建村级污水处理站", "≥", 12, "座"),
        (None, None, "配套接户管铺设长度", "≥", 6.2, "公里"),
        (None, None, "受益农户数", "≥", 1500, "户"),
        (None, "质量指标", "站点出水水质达标率", "≥", pct(0.95), "%"),
        (None, None, "设备安装验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "站点完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单座站点建设成本", "≤", 27.5, "万元/座"),
        (None, "社会成本指标", "施工安全事故发生数", "≤", 0, "起"),
        ("效益指标", "生态效益指标", "村庄生活污水直排口数量下降率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "站点设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦砚秋", "0769-5281436", day(2024, 11, 18))
    return b


@variant("kew02-station-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the first indicator "
         "count below the goal's, the second project's money and a year left over")  # fmt: skip
def kew02() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=2025, name="禾渚镇村级污水处理站提标改造", dept=DEPT,
                 unit="禾渚镇人民政府", money=year_money(240, 200, 40),
                 goals=["对禾渚镇8座村级污水处理站实施提标改造，"
                        "出水由一级B提升至一级A标准。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "提标改造站点数量",
         mk("≥6座", "D104", "warning", row=True, note="年度目标写改造8座站点，指标只写≥6座")),
        (None, "质量指标", "改造后出水一级A达标率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单站提标改造费用", "≤28万元/座"),
        ("效益指标", "生态效益指标", "化学需氧量年削减量", "≥45吨"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="财政拨款 80 + 其他资金 10 = 90，不是 95")
    goal = mk("委托专业运维单位对禾渚镇22座站点开展全年巡检维护，确保2023年出水稳定达标。",
              "Y103", "warning", alt=("Y101",), note="上一年度申报表遗留的2023年")  # fmt: skip
    project_head(s, year=2025, name="禾渚镇村级污水处理站委托运维", dept=DEPT, title="",
                 unit="禾渚镇人民政府", attr="常年项目", money=year_money(total, 80, 10),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "委托运维站点数量", "≥22座"),
        (None, "质量指标", "站点正常运行率", "≥95%"),
        (None, None, "站点出水达标率", "≥90%"),
        (None, "时效指标", "故障响应时间", "≤24小时"),
        (None, "成本指标", "单站年度运维费用", "≤4万元/座"),
        ("效益指标", "可持续影响指标", "站点长效运维机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立舟", "0769-5280917", day(2024, 11, 25))
    return b


@variant("kew03-station-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, 1.) "
         "and an indicator score column, 百分点, a later year in the goal (correct)")  # fmt: skip
def kew03() -> Book:
    b, s = book()
    project_head(s, year=2025, name="枫坪乡农村污水处理设施巩固提升", unit="枫坪乡人民政府",
                 dept="鹭汀县农业农村局（315002）", money=year_money(150, 130, 20),
                 goals=["完成枫坪乡5个行政村污水处理设施修缮和进水管网疏通，农村生活污水治理率"
                        "提高6个百分点，为2027年全县推广“站网一体”运维模式积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.设施修缮覆盖行政村数", "≥5个", 15),
        (None, None, "2.进水管网疏通长度", "≥9公里", 10),
        (None, "（二）质量指标", "3.修缮工程验收合格率", pct(1), 15),
        (None, "（三）时效指标", "4.修缮完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.单村修缮费用", "≤26万元/个", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "6.农村生活污水治理率提高", "≥6百分点",
         15),
        (None, "（二）可持续影响指标", "7.设施正常运行率", pct(0.9), 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.村民满意度", pct(0.9), 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "蒙晓岚", "0769-5237702", day(2024, 12, 3))
    return b


@variant("kew04-station-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a length copied from 中期, a deadline before the project starts")  # fmt: skip
def kew04() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="鹭汀县农村污水处理站三年建设行动", dept=DEPT,
                 unit="鹭汀县农村污水治理中心", attr="新增项目",
                 money=period_money((1800, 1500, 300), (620, 520, 100)),
                 goals=["2025—2027年新建村级污水处理站45座，铺设配套管网60公里，受益农户6000"
                        "户，行政村生活污水治理率达到75%。",
                        "2025年新建站点15座、配套管网20公里，"
                        "受益农户2000户，治理率达到55%。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建村级污水处理站", "≥45座", "≥15座"),
        (None, None, "配套管网铺设长度", "≥60公里",
         mk("≥60公里", "D202", "warning", alt=("D104",),
            note="年度值照抄三年累计值，年度目标写20公里")),
        (None, None, "受益农户数", "≥6000户",
         mk("≥6800户", "D201", "error", note="一年的受益农户多于三年合计6000户")),
        (None, "质量指标", "站点出水达标率", "≥90%", "≥90%"),
        (None, "时效指标", "站点完工时间", day(2027, 12, 31, CN_DATE),
         mk(day(2024, 12, 31, CN_DATE), "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="项目2025年开始，年度完工期限却是2024年底")),
        ("成本指标", "经济成本指标", "单座站点建设成本", "≤30万元/座", "≤30万元/座"),
        ("效益指标", "生态效益指标", "行政村生活污水治理率", "≥75%", "≥55%"),
        (None, "可持续影响指标", "站点设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎慕川", "0769-5206618", day(2024, 10, 30))
    return b


@variant("kew05-station-flat", (3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 合计 row, a goal total "
         "with its parts in brackets (correct)")  # fmt: skip
def kew05() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="鹭汀县农村污水治理中心",
                    budget=[(wan(1250), wan(1100), wan(150), wan(430), wan(820))],
                    tasks=[("村级站点运维", "对全县96座站点开展巡检和维修", wan(320),
                            "站点正常运行率不低于90%"),
                           ("管网修复", "修复破损污水管网14公里", wan(280), "管网完好运行"),
                           ("出水水质监测", "96座站点每季度监测1次", wan(220), "超标及时处置"),
                           ("金额合计", None, wan(820), None)],
                    goal="保障全县96座村级污水处理站稳定运行，修复破损管网14公里，全年开展出水"
                         "监测384站次（96座×每季度1次）。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("站点巡检覆盖数", 15, "座", "≥", 96),
        ("破损管网修复长度", 15, "公里", "≥", 14),
        ("出水水质监测站次", 15, "站次", "≥", 384),
        ("站点正常运行率", 15, "%", "≥", pct(0.9)),
        ("故障报修响应时间", 10, "小时", "≤", 24),
        ("单站年度运维费用", 10, "万元/座", "≤", 3.3),
        ("出水超标站点比例", 10, "%", "≤", pct(0.05)),
        ("受益群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    notes(s, "填表说明：指标性质填写比较符；权重合计应为100。")
    sign(s, "蓝思远", "0769-5219043", day(2024, 11, 20))
    return b


@variant("kew06-station-note-rows", (4,),
         "project, OLD-NAT, one value column and a 备注 column, a note row between tiers and a "
         "stamp line: a quality rate under 时效, the same rate twice with two values")  # fmt: skip
def kew06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="石埠村污水处理站及管网建设", dept=DEPT,
                 unit="禾渚镇人民政府", attr="新增项目", money=year_money(185, 150, 35),
                 goals=["在石埠村新建日处理80吨污水处理站1座，"
                        "铺设管网4.6公里，接户320户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "新建污水处理站", "≥1座", None),
        (None, None, "污水管网铺设长度", "≥4.6公里", None),
        (None, None, "接户数量", "≥320户", None),
        (None, "质量指标", "站点出水水质达标率", "≥90%", "一级B"),
        (None, "时效指标", "项目完工时间", "2025年11月30日前", None),
        (None, None, mk("出水水质检测合格率", "F201", "warning", row=True,
                        note="质量类的合格率填在时效指标下"), "≥95%", None),
        (None, "成本指标", "管网铺设单价", "≤30万元/公里", None),
        ("注：站点规模按石埠村常住人口1350人测算。", ""),
        ("效益指标", "生态效益指标", "污水收集处理率", "≥85%", None),
        (None, None, mk("站点出水达标率", "D102", "error", row=True, alt=("D103", "D101"),
                        note="与质量指标“站点出水水质达标率 ≥90%”同一指标，少两字，值却是≥95%"),
         "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "接户村民满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    s.row("单位（盖章）：", None, "负责人：覃永和", None, "日期：", day(2024, 11, 28))
    return b
