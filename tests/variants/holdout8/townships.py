"""Returns from the townships (镇、乡) and the 农业农村局: a table from column B whose tier-1
column is filled only on the first row of each block (not merged), sub-items 1.1 / 1.2 with units
in the name, a provincial form from column C with 目标值 and 评分标准 and a header repeated after
a page break, and a township department table with points at tier level only."""

from __future__ import annotations

from tests.variants.holdout8.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

AGRI = "鹿鸣市农业农村局（326001）"
NUM = "#,##0.00"


def _head(s: Sheet, col: int, width: int, rows: list[tuple[object, ...]]) -> None:
    """A title merged over the table and label/value rows, all starting in column ``col``."""
    s.row(rows[0][0], col=col, merge=[(col, col + width - 1)])
    for r in rows[1:]:
        s.row(*r, col=col)


@variant("k11-township-unmerged-ok", (4, 5, 7), "project, NAT-2021, from column B, tier-1 once")
def k11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 14, 16, 30, 18, 20))
    _head(s, 2, 5, [
        ("青石镇2025年项目支出绩效目标表",),
        ("项目名称", "青石镇农村人居环境整治", None, "实施单位", "青石镇人民政府"),
        ("项目资金（万元）", "资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
        ("年度目标", "完成12个行政村垃圾分类和户厕改造，村容村貌明显改善。"),
    ])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "目标值", "备注", col=2)
    s.table([
        ("产出指标", "数量指标", "改造户厕数量", "≥600户", None),
        (None, "数量指标", "垃圾分类覆盖行政村", "12个", None),
        (None, "质量指标", "户厕改造验收合格率", "≥95%", None),
        (None, "时效指标", "项目完成时限", "2025年11月30日前", None),
        (None, "时效指标", "群众反映问题处置时限", "30日内", None),
        ("成本指标", "经济成本指标", "户厕改造补助标准", "≤1500元/户", "县定标准"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", None),
        (None, "社会效益指标", "村容村貌", "明显改善", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "90%以上", None),
    ], col=2)  # fmt: skip
    s.skip()
    s.row("填表人：", "刘芳", "审核人：", "陈志远", "联系电话：13907315288", col=2)
    s.row("填报日期：", day(2024, 11, 12, 'yyyy"年"m"月"d"日"'), col=2)
    return b


@variant("k12-township-subitems-defects", (6, 9, 13), "project, OLD-NAT, sub-items, template rows")
def k12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 18, 18))
    s.title("柳湾乡2025年度项目支出绩效目标表", 6)
    s.row("项目名称", "柳湾乡村级道路提质改造", None, "主管部门", "柳湾乡人民政府", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目资金（万元）", "资金总额",
          mk("1205.337 6", "X105", "warning", alt=("X103",)), "财政拨款",
          money(1005.3376, "0.0000"), None)  # fmt: skip
    s.row(None, None, None, "其他资金", money(200, "0.00"), None)
    s.row("年度绩效目标", "完成村级道路提质改造及安全设施配套。", merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标目标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "1.1 改造村道里程（公里）", "≥14.5", None),
        (None, None, "1.2 新增错车道（处）", "≥30", None),
        (None, None, mk("", "F110", "error"), "≥120", None),
        (None, mk("质量指标", "F109", "warning", row=True), None, None, None),
        (None, "时效指标", "完工时间", "2025年10月底前", None),
        (None, "成本指标", "每公里改造成本", "≤80万元", None),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善", None),
        (None, "可持续影响指标", "道路管护机制", "建立", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


def _agri_header(s: Sheet) -> None:
    s.row("一级指标", "二级指标", "三级指标", "目标值", "评分标准", col=3)


@variant("k13-agri-provincial-ok", (1, 4, 7), "project, OLD-NAT, from column C, repeated header")
def k13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (3, 3, 14, 16, 30, 16, 30))
    _head(s, 3, 5, [
        ("2025年度项目支出绩效目标表",),
        ("项目名称", "高标准农田建设", None, "主管部门", AGRI),
        ("资金总额（万元）", money(2400, NUM), None, "其中：中央补助", money(1500, NUM)),
        (None, None, None, "地方资金", money(900, NUM)),
        ("年度目标", "新建高标准农田1.2万亩，提升耕地质量和粮食综合生产能力。"),
    ])  # fmt: skip
    _agri_header(s)
    s.table([
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "完成得10分"),
        (None, None, "新建灌溉渠道长度", "≥38公里", "完成得5分"),
        (None, "质量指标", "工程验收合格率", pct(1.0, "0.0%"), "达到得10分"),
        (None, None, "项目区耕地质量等级提升", "≥0.5个等级", "达到得5分"),
        (None, "时效指标", "年度建设任务完成率", ok(pct(0.95, "0.0%")), "未达到按比例扣分"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.skip()
    _agri_header(s)  # the header repeated at the top of the printed second page
    s.table([
        ("产出指标", "成本指标", "亩均建设成本", "≤2000元/亩", "不超标准得满分"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "达到得10分"),
        (None, "可持续影响指标", "工程设施使用年限", "≥15年", "达到得5分"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", ok(pct(0.9, "0.0%")), "达到得5分"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.skip()
    s.row("填报说明：1.目标值为百分比的按百分比填列；2.评分标准由主管部门核定。", col=3)
    s.row("单位负责人：郑国强", None, "填表人：许敏", None, "填报日期：2024年11月18日", col=3)
    return b


@variant("k14-agri-seed-defects", (5, 9, 11), "project, OLD-NAT, malformed values, wrong parent")
def k14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 18, 18, 18))
    s.title("2025年度项目支出绩效目标表", 6)
    s.row("项目名称", "良种推广补贴", None, "主管部门", AGRI, None, merge=[(2, 3), (5, 6)])
    s.row("项目资金（万元）", "资金总额", money(380, WAN), "财政拨款", money(260, WAN), None)
    s.row(None, None, None, "其他资金", mk("120万120万", "X106", "error", alt=("B108",)), None)
    s.row("年度绩效目标", "推广水稻、油菜良种，良种覆盖率稳定在较高水平。", merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "良种推广面积", "≥26万亩", None),
        (None, "质量指标", "主要农作物良种覆盖率", mk(">=95", "T105", "error", alt=("T116",)),
         None),
        (None, None, "种子质量抽检合格率", mk("98%%", "T116", "warning"), None),
        (None, "时效指标", "补贴资金兑付时间", "2025年9月底前", None),
        (None, "成本指标", "亩均补贴标准", "≤10元/亩", None),
        (None, mk("社会效益指标", "F105", "error"), "带动农户增收", "有所增加", None),
        ("效益指标", "经济效益指标", "项目区单产提高", "≥3%", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k15-township-dept-weights-defects", (10, 12), "department, tier points, date off")
def k15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 10, 18, 30, 18, 18))
    s.title("红岭乡2025年度部门整体支出绩效目标表", 6)
    s.row("单位名称", "红岭乡人民政府", None, "填报日期",
          mk(day(2023, 11, 20), "Y102", "error", alt=("Y101",)), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(1860, WAN), money(1860, WAN), money(0, WAN), money(1120, WAN),
          money(740, WAN))  # fmt: skip
    s.ws.merge_cells("A3:A4")
    s.row("年度总体目标", "保障机关正常运转，推进乡村振兴重点任务。", merge=[(2, 6)])
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", 40, "数量指标", "农村道路养护里程", "≥86公里", None),
        (None, None, "质量指标", "防汛隐患点排查整改率", "100%", None),
        (None, None, "时效指标", "惠农补贴发放及时率", "≥98%", None),
        ("成本指标", 10, "经济成本指标", "公用经费控制", "≤上年水平", None),
        ("效益指标", 30, "社会效益指标", "乡村治理水平", "稳步提升", None),
        ("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", None),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 90, None, None, None, None)
    b.file_mark("W101", "error", alt=("W103",), note="tier points add to 90, not 100")
    return b
