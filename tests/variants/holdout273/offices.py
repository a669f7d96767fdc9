"""Returns as whole offices send them: stacked projects, department returns with decorated tier
labels, notes and page breaks, of archive and chronicle offices alike (rw13–rw18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout273.common import (
    YEAR,
    department,
    indicators,
    new_book,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout273.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def stacked(s: Sheet, first: bool, name: str, dept: str, money: Sequence[Sequence[Any]],
            goal: str, rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (titled only for the first) and its table."""
    if not first:
        s.skip()
    project(s, name=name, dept=dept, unit=dept.rsplit(" ", 1)[0], money=money, goals=(goal,),
            title=None if first else "")  # fmt: skip
    indicators(s, HEAD, rows)


@variant("rw13-stacked-archive-three", (2,), "three projects of one archive stacked in one "
         "sheet, OLD-NAT, one value column, the same satisfaction indicator with different values "
         "in different projects (correct)")  # fmt: skip
def stacked_archive_three() -> Book:
    b, s = new_book("项目绩效目标")
    dept = "岫平县档案馆 512006"
    stacked(s, True, "馆藏破损档案抢救修复", dept, one_year(24, 24),
            "修复馆藏破损档案3200页，修复档案全部提供利用。", [
        ("产出指标", "数量指标", "修复破损档案", "≥3200页"),
        (None, "质量指标", "修复质量验收合格率", "≥98%"),
        (None, "时效指标", "修复完成时间", "2026年11月30日前"),
        (None, "成本指标", "每页修复成本", "≤60元/页"),
        ("效益指标", "社会效益指标", "修复档案提供利用", "≥300卷次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, False, "机关档案业务指导培训", dept, one_year(8.5, 8.5),
            "举办4期机关档案业务培训，培训320人次，推动25家机关档案室规范化达标。", [
        ("产出指标", "数量指标", "举办档案业务培训班", "≥4期"),
        (None, None, "培训机关档案人员", "≥320人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤260元/人次"),
        ("效益指标", "社会效益指标", "机关档案室规范化达标单位", "≥25家"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ])  # fmt: skip
    stacked(s, False, "到期档案开放审核", dept, one_year(15, 15),
            "完成1.8万卷到期档案开放审核，新增向社会开放档案1.2万卷。", [
        ("产出指标", "数量指标", "开放审核档案", "≥1.8万卷"),
        (None, "质量指标", "开放审核差错率", "≤1%"),
        (None, "时效指标", "审核完成时间", "2026年12月20日前"),
        (None, "成本指标", "每卷审核成本", "≤8元/卷"),
        ("效益指标", "社会效益指标", "新增向社会开放档案", "≥1.2万卷"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁云舟", "卓菡", "5580 7136")
    return b


@variant("rw14-stacked-chronicle-defects", (2, 6, 13), "two projects of a 史志研究室 stacked, "
         "OLD-NAT, one value column: the second project's money does not add up, a value without "
         "a name, a tier-2 left from the template")  # fmt: skip
def stacked_chronicle_defects() -> Book:
    b, s = new_book("绩效目标表")
    dept = "岫平县史志研究室 512019"
    stacked(s, True, "《岫平县党史大事记（2021—2025）》编纂", dept, one_year(18, 18),
            "编纂出版党史大事记，收录条目900条以上，印制800册赠阅机关和学校。", [
        ("产出指标", "数量指标", "大事记编纂条目", "≥900条"),
        (None, None, "印制大事记", "≥800册"),
        (None, "质量指标", "史实核准率", "=100%"),
        (None, "时效指标", "大事记出版时间", "2026年11月30日前"),
        (None, "成本指标", "每册印制成本", "≤45元/册"),
        ("效益指标", "社会效益指标", "赠阅党政机关及学校", "≥150家"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(36), "B101", "error", row=True, note="36 ≠ 30 + 4")
    stacked(s, False, "乡镇志编修补助", dept,
            [("年度资金总额", total, "其中：财政拨款", wan(30)), ("其他资金", wan(4))],
            "补助4个乡镇编修乡镇志，志书资料全部入县地情资料库。", [
        ("产出指标", "数量指标", "补助乡镇志编修", "≥4部"),
        (None, "质量指标", mk(None, "F110", "error",
            note="a value ≥90% with no indicator name"), "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True,
            note="template tier-2 left without indicator or value")),
        (None, "成本指标", "每部乡镇志补助标准", "≤7.5万元/部"),
        ("效益指标", "社会效益指标", "乡镇志资料入库县地情资料库", "≥4部"),
        ("满意度指标", "服务对象满意度指标", "乡镇编修人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁云舟", "卓菡", "5580 7136")
    return b


@variant("rw15-department-decorated-labels", (5, 12), "department, NAT-2021, numbered and "
         "abbreviated tier labels (一、产出指标, （一）数量指标, 1.经济成本), ★ on core "
         "indicators, budget and key tasks adding up (correct)")  # fmt: skip
def department_decorated_labels() -> Book:
    b, s = new_book()
    department(s, dept="梓湄县档案馆", budget=(528.6, 510, 18.6, 361.6, 167),
               goal="完成150万画幅馆藏档案数字化，保障库房设施安全运行，年度档案利用6000人次以上。",
               tasks=[
                   ("档案数字化加工", "馆藏档案扫描著录", 62, "加工150万画幅"),
                   ("库房设施维护", "恒温恒湿及消防设施维保", 48, "全年维保12次"),
                   ("档案征集与编研", "征集档案，出版编研成果", 35, "出版编研成果2部"),
                   ("档案信息化系统运维", "数字档案馆系统运维", 22, "系统运行正常"),
                   ("金额合计", None, 167, None),
               ])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "★馆藏档案数字化加工", "≥150万画幅"),
        (None, None, "库房设施维护保养", "≥12次"),
        (None, None, "编研成果出版", "≥2部"),
        (None, "（二）质量指标", "★数字化成果验收合格率", "≥98%"),
        (None, None, "档案信息系统运行正常率", "≥99%"),
        (None, "（三）时效指标", "档案查阅申请办结时限", "≤3个工作日"),
        ("二、成本指标", "1.经济成本", "每画幅数字化加工成本", "≤0.4元/画幅"),
        (None, None, "库房设施维护费", "≤48万元"),
        ("三、效益指标", "1.社会效益", "年度档案利用", "≥6000人次"),
        (None, None, "新增向社会开放档案", "≥2万卷"),
        (None, "2.可持续影响", "数字档案异地备份覆盖率", "=100%"),
        ("四、满意度指标", "1.服务对象满意度", "查档利用者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮秋池", "葛亦然", "6218 0453")
    return b


@variant("rw16-party-marked-labels-wrong", (5,), "project, OLD-NAT, tier-1 labels marked "
         "with *, abbreviated tier-2 labels: one tier-2 under the wrong tier-1, 预算执行率 "
         "under 成本")  # fmt: skip
def party_marked_labels_wrong() -> Book:
    b, s = new_book()
    project(s, name="红色资源普查及党史资料征集", dept="中共沄川市委党史研究室 208020",
            unit="中共沄川市委党史研究室", money=one_year(52, 50, 2), attr="一次性项目",
            goals=("普查全市红色资源点180处，征集党史实物及文献500件，"
                   "挂牌保护60处。",))  # fmt: skip
    indicators(s, HEAD, [
        ("*产出指标", "数量", "普查红色资源点", "≥180处"),
        (None, None, "征集党史实物及文献", "≥500件"),
        (None, "质量", "普查信息核实准确率", "≥98%"),
        (None, "时效", "普查成果汇编完成时间", "2026年11月30日前"),
        (None, "成本", "每处红色资源普查成本", "≤1500元/处"),
        (None, None, "预算执行率", mk("≥95%", "F202", "warning", row=True,
            note="预算执行率 is scored separately; as a 成本 indicator it counts twice")),
        (None, mk("可持续影响", "F105", "error", row=True,
            note="可持续影响 belongs under 效益指标, not 产出指标"),
            "红色资源数据库持续维护年限", "≥3年"),
        ("*效益指标", "社会效益", "红色资源点挂牌保护", "≥60处"),
        (None, None, "党史资料展览观众", "≥2万人次"),
        ("*满意度指标", "服务对象满意度", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹若谷", "柏知微", "2275 9014")
    return b


@variant("rw17-gazetteer-subtotals-page-break", (4,), "department, NAT-2021, weight column: "
         "a 注 row and subtotal rows inside the table, the header repeated after a page break, "
         "a 合计 row, 填表说明 and signature lines (correct)")  # fmt: skip
def gazetteer_subtotals_page_break() -> Book:
    b, s = new_book(widths=(14, 18, 30, 18, 10, 12))
    department(s, dept="梓湄县地方志编纂中心", budget=(236.8, 230, 6.8, 171.8, 65),
               goal="完成三轮县志志稿50万字，编纂出版《梓湄年鉴》，地情资料线上查阅3万人次以上。",
               tasks=[
                   ("三轮县志编纂", "编写志稿并组织评审", 40, "完成志稿50万字"),
                   ("年鉴编纂出版", "编纂出版《梓湄年鉴》", 25, "出版年鉴1部"),
                   ("金额合计", None, 65, None),
               ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "三轮志稿编写", "≥50万字", 10),
        (None, None, "年鉴编纂出版", "=1部", 5),
        (None, None, "名镇名村志资料收集", "≥3个", 5),
        (None, "质量指标", "志稿资料核实准确率", "≥98%", 10),
        (None, None, "年鉴编校差错率", "≤0.01%", 5),
        (None, "时效指标", "年鉴出版时间", "2026年9月30日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 45, merge=[(1, 4)])
    note(s, "注：志稿字数以送审稿统计。", 5)
    s.skip()
    s.row(*head)
    for rows, subtotal in (
        ([("成本指标", "经济成本指标", "每万字志稿编纂成本", "≤0.8万元/万字", 5),
          (None, None, "年鉴每册印制成本", "≤88元/册", 5)], 10),
        ([("效益指标", "社会效益指标", "地情资料线上查阅", "≥3万人次", 15),
          (None, "可持续影响指标", "地方志资源入库数据库", "≥80万字", 15)], 30),
        ([("满意度指标", "服务对象满意度指标", "志书使用单位满意度", "≥90%", 15)], 15),
    ):  # fmt: skip
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, subtotal, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "填表说明：1.权重合计100分，小计行不重复计分；2.指标值应含比较符和计量单位。", 5)
    sign(s, "阮秋池", "葛亦然", "6218 0453", day(YEAR - 1, 11, 25))
    return b


@variant("rw18-digitisation-notes-defects", (1, 4), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells, a 说明 row inside the table and a stamp line: a deadline in the "
         "next year, = on a satisfaction rate")  # fmt: skip
def digitisation_notes_defects() -> Book:
    b, s = new_book()
    project(s, name="革命历史档案数字化抢救保护", dept="苇洲区档案馆 306004",
            unit="苇洲区档案馆", money=one_year(16, 16), attr="一次性项目",
            goals=("完成18万画幅革命历史档案数字化和2600页破损档案修复后扫描，"
                   "举办专题展览2场。",))  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "革命历史档案扫描", "≥", 18, "万画幅"),
        (None, None, "破损档案修复后扫描", "≥", 2600, "页"),
        (None, "质量指标", "图像质量合格率", "≥", pct(0.98), "%"),
        (None, None, "档案实体损伤", "=", 0, "件"),
        (None, "时效指标", "数字化加工完成时间", "≤", mk("2027年3月31日", "Y102", "error",
            note="a one-year 2026 project ending 2026-12-31"), None),
        (None, "成本指标", "每画幅加工成本", "≤", 0.6, "元/画幅"),
    ])  # fmt: skip
    note(s, "说明：画幅数按A4幅面折算，A3及以上幅面按2画幅计。")
    s.table([
        ("效益指标", "社会效益指标", "革命历史档案专题展览", "≥", 2, "场"),
        (None, "可持续影响指标", "数字化成果异地备份率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "利用者满意度", mk("=", "T107", "warning", row=True,
            note="=95% on a satisfaction rate means ≥95%"), pct(0.95), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(None, None, None, None, "（单位盖章）")
    sign(s, "邬景行", "戚半夏", "4471 2590")
    return b
