"""Returns sw07–sw12: 网络舆情监测 and 违法和不良信息举报 (stacked projects, flat department
lists, notes and signatures around the table, conversion artefacts in the money lines)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout299.common import (
    Row,
    details,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout299.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
CITY = "中共澹川市委网络安全和信息化委员会办公室（318001）"


def _monitoring(s: Sheet) -> None:
    project_head(s, year=2025, name="澹川市网络舆情监测服务采购", dept=CITY,
                 unit="澹川市网络舆情研判中心", money=one_year(48, 48, 0),
                 goals=["全年对本地相关网络信息开展7×24小时监测，按日报送舆情日报。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "监测覆盖网站及客户端数", "≥3000个"),
        (None, None, "舆情日报报送期数", "≥250期"),
        (None, "质量指标", "涉本地重大舆情发现及时率", "≥95%"),
        (None, "时效指标", "报告按时报送率", "≥95%"),
        (None, "成本指标", "舆情监测服务费", "≤48万元"),
        ("效益指标", "社会效益指标", "重大舆情漏报次数", "≤0次"),
        (None, "可持续影响指标", "舆情监测值班制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "用户单位满意度", "≥90%"),
    ])  # fmt: skip


def _analysis(s: Sheet) -> None:
    project_head(s, year=2025, name="澹川市网络舆情分析研判报告编制", dept=CITY, title="",
                 unit="澹川市网络舆情研判中心", money=one_year(22, 20, 2),
                 goals=["编制舆情专题研判报告和年度网络舆情态势分析报告，"
                        "为决策提供参考。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "专题研判报告", "≥24篇"),
        (None, "质量指标", "研判报告采用率", "≥60%"),
        (None, "时效指标", "报告按时报送率", "=100%"),
        (None, "成本指标", "单篇专题报告编制成本", "≤0.8万元/篇"),
        ("效益指标", "社会效益指标", "研判建议被相关部门采纳数", "≥10条"),
        ("满意度指标", "服务对象满意度指标", "用户单位满意度", "≥85%"),
    ])  # fmt: skip


def _platform(s: Sheet) -> None:
    project_head(s, year=2025, name="澹川市网络违法和不良信息举报受理平台运维", dept=CITY,
                 title="", unit="澹川市网络违法和不良信息举报中心", money=one_year(35, 30, 5),
                 goals=["保障举报受理平台全年稳定运行，举报件及时受理、转办。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "运维保障业务系统数", "≥3个"),
        (None, "质量指标", "平台可用率", "≥99.5%"),
        (None, "时效指标", "举报受理及时率", "≥98%"),
        (None, "成本指标", "平台运维服务费", "≤35万元"),
        ("效益指标", "社会效益指标", "举报转办处置反馈率", "≥90%"),
        (None, "可持续影响指标", "平台运维应急预案", "健全"),
        ("满意度指标", "服务对象满意度指标", "用户单位满意度", "≥92%"),
    ])  # fmt: skip


@variant("sw07-yuqing-stacked", (2,), "three projects stacked in one sheet (舆情监测, 研判报告, "
         "举报平台), OLD-NAT, one value column, the same names (用户单位满意度, 报告按时报送率) "
         "with different values in different projects (correct)")  # fmt: skip
def sw07() -> Book:
    b, s = start("舆情项目")
    _monitoring(s)
    s.skip()
    _analysis(s)
    s.skip()
    _platform(s)
    return b


COUNTY = "中共鹭汀县委网络安全和信息化委员会办公室（527003）"


@variant("sw08-jubao-stacked-wrong", (2, 12), "two projects stacked in one sheet (举报宣传, "
         "线索核查), OLD-NAT, one value column: the second project's 年度资金总额 ≠ its parts, "
         "a 办结率 given as a count")  # fmt: skip
def sw08() -> Book:
    b, s = start("举报项目")
    project_head(s, year=2025, name="鹭汀县网络违法和不良信息举报宣传", dept=COUNTY,
                 unit="鹭汀县网络违法和不良信息举报中心", money=one_year(16, 12, 4),
                 goals=["开展举报渠道宣传进乡镇、进学校活动，提高群众举报意识。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "举报宣传进乡镇进学校活动场次", "≥24场"),
        (None, None, "制作投放举报宣传海报", "≥3000张"),
        (None, "质量指标", "宣传活动覆盖乡镇比例", "=100%"),
        (None, "时效指标", "宣传活动完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场宣传活动成本", "≤0.4万元/场"),
        ("效益指标", "社会效益指标", "群众举报渠道知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(28), "B101", "error", row=True,
               note="年度资金总额 28 ≠ 财政拨款 22 + 其他资金 4 = 26")  # fmt: skip
    project_head(s, year=2025, name="鹭汀县举报线索核查处置", dept=COUNTY, title="",
                 unit="鹭汀县网络违法和不良信息举报中心", money=one_year(total, 22, 4),
                 goals=["对群众举报的网络违法和不良信息线索及时核查处置，按期办结。"])  # fmt: skip
    done = mk("≥1800件", "T105", "error", note="a 办结率 given as a number of cases")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "核查举报线索件数", "≥1800件"),
        (None, "质量指标", "举报线索核查办结率", done),
        (None, "时效指标", "一般举报线索核查时限", "≤10个工作日"),
        (None, "成本指标", "单件线索平均核查成本", "≤120元/件"),
        ("效益指标", "社会效益指标", "有害信息清理处置率", "≥95%"),
        (None, "可持续影响指标", "举报线索核查处置工作规程", "健全"),
        ("满意度指标", "服务对象满意度指标", "举报人满意度", "≥85%"),
    ])  # fmt: skip
    return b


def _sw09_rows() -> list[Row]:
    return [
        ("网络违法和不良信息举报受理件数", 15, "件", "≥", 6000),
        ("举报受理及时率", 15, "%", "≥", pct(0.98)),
        ("有害信息复现下降率", 10, "%", "≥", pct(0.1)),
        ("网络舆情日报编报", 10, "期", "≥", 250),
        ("重大舆情处置响应时间", 10, "小时", "≤", 2),
        ("网络文明志愿者注册人数", 10, "人", "≥", 1500),
        ("网站平台属地管理检查", 10, "家次", "≥", 120),
        ("涉本县重大舆情漏报次数", 5, "次", "≤", 0),
        ("社会公众满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]  # fmt: skip


@variant("sw09-jubao-flat", (1, 3), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, a 下降率 with ≥, 0 on an incident count, "
         "weights adding to 100 (correct)")  # fmt: skip
def sw09() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="中共鹭汀县委网络安全和信息化委员会办公室",
                    budget=[(wan(260), wan(240), wan(20), wan(180), wan(80))],
                    tasks=[("违法和不良信息举报受理", "举报受理、核查、转办", wan(30),
                            "受理举报不少于6000件"),
                           ("网络舆情监测", "舆情日报、专报编报", wan(28), "编报日报250期以上"),
                           ("网络文明建设", "志愿者招募和主题活动", wan(22),
                            "注册志愿者1500人以上"),
                           ("金额合计", None, wan(80), None)],
                    goal="依法管网治网，及时受理处置网络违法和不良信息举报，做好网络舆情监测"
                         "和网络文明建设。")  # fmt: skip
    note(s, "年度绩效指标", 5)
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), _sw09_rows(), merged=())
    return b


def _sw10_rows() -> list[Row]:
    slow = mk("≥30", "T108", "warning", row=True,
              note="a 反向 first-report time (declared so) with ≥: ≤30分钟 was meant")  # fmt: skip
    unit = mk("≥300人次", "T112", "error", row=True, alt=("T119",),
              note="the value says 人次, the unit column says 场")  # fmt: skip
    return [
        ("舆情监测信息报送量", "≥1200", "正向", "条", 15),
        ("舆情专报编发", "≥36", "正向", "期", 10),
        ("敏感舆情首报时间", slow, "反向", "分钟", 15),
        ("重大舆情处置率", "≥98", "正向", "%", 15),
        ("网评员培训人次", unit, "正向", "场", 15),
        ("网络谣言澄清及时率", "≥95", "正向", "%", 15),
        ("舆情回应群众满意度", "≥90", "正向", "%", 10),
    ]  # fmt: skip


@variant("sw10-yuqing-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a 反向 time with ≥, a unit conflict, "
         "weights adding to 95")  # fmt: skip
def sw10() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="苇塘区委网络安全和信息化委员会办公室",
                    budget=[(wan(140), wan(130), wan(10), wan(95), wan(45))],
                    tasks=[("网络舆情监测", "全网监测、日报专报", wan(25), "报送信息1200条以上"),
                           ("网评队伍建设", "网评员培训和管理", wan(20), "培训网评员300人次"),
                           ("金额合计", None, wan(45), None)],
                    goal="及时发现、研判和回应涉区网络舆情，建强网评队伍。")  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), _sw10_rows(), merged=())
    return b


@variant("sw11-jubao-footnotes", (4,), "project, OLD-NAT, one value column, 举报奖励: an "
         "instruction row inside the table, a note row between tiers, 注 and 填表说明 lines, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def sw11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="檀峪县网络违法和不良信息举报奖励",
                 dept="中共檀峪县委网络安全和信息化委员会办公室（633010）",
                 unit="檀峪县网络违法和不良信息举报中心", money=one_year(12, 12, 0),
                 goals=["对查证属实的有效举报按标准给予奖励，"
                        "全年发放奖励不少于150件。"])  # fmt: skip
    s.row(*HEAD)
    note(s, "（填写说明：指标值须写明比较符、数值和计量单位，定性指标填写等级）", 4)
    s.table([
        ("产出指标", "数量指标", "发放举报奖励件数", "≥150件"),
        (None, "质量指标", "奖励发放准确率", "=100%"),
        (None, "时效指标", "奖励审核发放时限", "≤15个工作日"),
        (None, "成本指标", "单件平均奖励金额", "≤800元/件"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：单件平均奖励金额＝年度奖励资金12万元÷发放件数150件", 4)
    s.table([
        ("效益指标", "社会效益指标", "有效举报占受理举报比例", "≥60%"),
        (None, "可持续影响指标", "举报奖励制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "获奖举报人满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.奖励标准按《檀峪县网络违法和不良信息举报奖励办法》执行；2.奖励资金据实列支。")
    note(s, "填表说明：本表一式两份，报县财政局一份、本单位留存一份。")
    signature(s, "甘一苇", "0735-6128459", day(2024, 11, 18, CN_DATE),
              head="阮青禾")  # fmt: skip
    return b


def _sw12_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "新增接入信源数", "≥5000个"),
        (None, None, "升级研判分析模型", "≥4个"),
        (None, "质量指标", "平台升级验收合格率", "100%"),
        (None, "时效指标", "升级上线时间", "2025年11月30日前"),
        (None, "成本指标", "平台升级总成本", "≤96万元"),
        ("效益指标", "社会效益指标", "舆情预警准确率", "≥85%"),
        (None, "可持续影响指标", "平台运维保障期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ]  # fmt: skip


@variant("sw12-yuqing-artefacts", (4, 9), "project, OLD-NAT, one value column, 舆情平台升级: "
         "a date serial in a text cell, a 说明 row and a 资金明细 block with a number split by "
         "a space and an amount pasted twice")  # fmt: skip
def sw12() -> Book:
    b, s = start()
    end = mk("45991", "X104", "warning", note="the serial of 2025-11-30 stored as text")
    project_head(s, year=2025, name="苇塘区网络舆情监测平台升级",
                 dept="苇塘区委网络安全和信息化委员会办公室（402017）",
                 unit="苇塘区网络舆情研判中心", money=one_year(96, 96, 0), end=end,
                 goals=["完成舆情监测平台采集和研判模块升级，提升涉区舆情预警能力。"])  # fmt: skip
    indicators(s, HEAD, _sw12_rows())
    note(s, "说明：资金明细按政府采购预算编列，单位为万元。")
    split = mk("38.6 5", "X105", "warning", alt=("X103",), note="38.65 split by a space")
    twice = mk("30万30万", "X106", "error", alt=("B108",), note="30万 pasted twice")
    details(s, "资金明细", [
        ("舆情采集模块扩容", split, "新增境内外信源接入5000个"),
        ("研判分析模型升级", twice, "升级研判模型4个"),
        ("服务器及存储租赁", wan(18), "租期12个月"),
        ("安全加固及等级保护测评", wan(9.35), "三级系统测评1次"),
    ], wan(96))  # fmt: skip
    return b
