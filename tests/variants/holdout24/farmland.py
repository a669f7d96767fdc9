"""Special funds of the field: 高标准农田建设 with 子项目 lines that add up to the fund and a
资金分配表 sheet beside the goal table, and 农机购置与应用补贴 tables (a two-line header with
operator and unit columns, a spacer column, a header repeated after a page break)."""

from __future__ import annotations

from tests.variants.holdout24.registry import variant
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk

AMT = "#,##0.00"


def _special_head(s: Sheet, *, year: int, name: str, dept: str, unit: str,
                  sources: tuple[float, float, float], total: float) -> None:  # fmt: skip
    s.title(f"{year}年度{name}专项资金绩效目标表", 6)
    s.row("专项资金名称", name, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "资金性质", "专项资金", None, merge=[(2, 3), (5, 6)])
    s.row("计划开始日期", day(year, 1, 1), None, "计划完成日期", day(year, 12, 31), None)
    s.row("资金情况（万元）", "资金总额", C(total, AMT), "其中：中央资金", C(sources[0], AMT))
    s.row(None, "省级资金", C(sources[1], AMT), "县级配套", C(sources[2], AMT))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant("ih05-farmland-special-ok", (2, 7, 12), "special fund, 子项目 lines, 资金分配表 sheet")
def farmland_special_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 26, 28, 16, 14, 14))
    _special_head(s, year=2026, name="高标准农田建设", dept="禾丰县农业农村局",
                  unit="禾丰县农田建设服务中心", sources=(5400, 2700, 1500),
                  total=9600)  # fmt: skip
    s.row("子项目情况", "子项目名称", "建设地点", "建设规模（亩）", "资金（万元）", None)
    top = s.r
    for name, place, area, amount in (
        ("石桥镇高标准农田建设项目", "石桥镇", 12000, 3200),
        ("东岗乡高标准农田建设项目", "东岗乡", 10800, 2880),
        ("柳湾镇高标准农田建设项目", "柳湾镇", 9200, 2400),
        ("勘察设计、监理及项目管理费", "—", None, 1120),
    ):
        s.row(None, name, place, area, C(amount, AMT))
    s.row(None, "合计", None, 32000, C(9600, AMT))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标",
          "新建高标准农田3.2万亩（石桥镇1.2万亩、东岗乡1.08万亩、柳湾镇0.92万亩），新增和改善"
          "灌溉面积2.6万亩，项目区粮食综合生产能力亩均提高100公斤以上，工程验收合格率100%。",
          merge=[(2, 6)])  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩", "", None),
            (None, None, "新增和改善灌溉面积", "≥2.6万亩", "", None),
            (None, None, "新建和修复灌排渠道长度", "≥46公里", "", None),
            (None, None, "新建和改造田间道路长度", "≥38公里", "", None),
            (None, "质量指标", "工程验收合格率", "100%", "", None),
            (None, None, "工程建设质量", "达标", "", None),
            (None, None, "项目区耕地质量等级提升", "≥0.5个等级", "", None),
            (None, "时效指标", "项目完工时间", "2026年12月31日前", "", None),
            ("成本指标", "经济成本指标", "亩均财政投入", "≤3000元/亩", "9600万元÷3.2万亩", None),
            ("效益指标", "经济效益指标", "项目区粮食产能提升", "≥100公斤/亩", "", None),
            (None, "社会效益指标", "受益农户数", "≥5400户", "", None),
            (None, "生态效益指标", "项目区农田灌溉水有效利用系数", "≥0.58", "", None),
            (None, "可持续影响指标", "工程设计使用年限", "≥15年", "", None),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "不低于90%", "", None),
        ],
        merged=(1, 2),
    )
    s.row("注：子项目明细及资金来源见《资金分配表》。", merge=[(1, 6)])
    s.row("填报人：陶建明", None, "联系电话：7721094", None, "填报日期", day(2025, 11, 26))

    d = b.sheet("资金分配表", (8, 28, 14, 12, 12, 12, 12))
    d.title("禾丰县2026年高标准农田建设资金分配表", 7)
    d.row(None, None, None, None, None, None, "单位：万元")
    d.row("序号", "项目（片区）", "建设面积（亩）", "中央资金", "省级资金", "县级配套", "合计")
    for i, (name, area, parts) in enumerate(
        (
            ("石桥镇", 12000, (1800, 900, 500)),
            ("东岗乡", 10800, (1620, 810, 450)),
            ("柳湾镇", 9200, (1350, 675, 375)),
            ("勘察设计、监理及项目管理费", None, (630, 315, 175)),
        ),
        start=1,
    ):
        d.row(i, name, area, *(C(p, AMT) for p in parts), C(sum(parts), AMT))
    d.row("合计", None, 32000, C(5400, AMT), C(2700, AMT), C(1500, AMT), C(9600, AMT),
          merge=[(1, 2)])  # fmt: skip
    return b


@variant("ih06-farmland-special-lines", (2, 5, 12), "special fund, 子项目 lines not adding up")
def farmland_special_lines() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 26, 28, 16, 14, 14))
    _special_head(s, year=2026, name="高标准农田建设", dept="泸田县农业农村局",
                  unit="泸田县农业综合开发服务中心", sources=(4300, 2100, 1180),
                  total=7580)  # fmt: skip
    s.row("子项目情况", "子项目名称", "建设地点", "建设规模（亩）", "资金（万元）", None)
    top = s.r
    for name, place, area, amount in (
        ("新桥片高标准农田建设", "新桥镇", 9800, 2600),
        ("杏坪片高标准农田建设", "杏坪乡", 8200, 2150),
        ("沙湾片高标准农田建设", "沙湾镇", 7000, 1980),
        ("工程其他费用", "—", None, 780),
    ):
        s.row(None, name, place, area, C(amount, AMT))
    s.row(None, "合计", None, 25000,
          mk(C(7580, AMT), "B102", "error", note="2600+2150+1980+780 = 7510"))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标",
          "建成高标准农田2.5万亩，配套灌排、道路等田间工程，项目区耕地质量等级提升0.5个等级以上，"
          "粮食产能亩均提高80公斤以上。", merge=[(2, 6)])  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", "", None),
            (None, None, "新建灌排渠道长度", "≥31公里", "", None),
            (
                None,
                None,
                "新建高标准农田面积",
                mk("≥2.8万亩", "D102", "error", row=True, alt=("D101", "D104")),
                "",
                None,
            ),
            (None, "质量指标", "工程验收合格率", "=100%", "", None),
            (None, "时效指标", "项目开工时间", "2026年5月31日前", "", None),
            ("成本指标", "经济成本指标", "亩均财政投入", "≤3032元/亩", "", None),
            ("效益指标", "经济效益指标", "项目区粮食产能提升", "≥80公斤/亩", "", None),
            (
                None,
                mk("质量指标", "F105", "error", row=True),
                "耕地质量等级提升",
                "≥0.5个等级",
                "",
                None,
            ),
            (None, "社会效益指标", "受益农户数", "≥4100户", "", None),
            (None, "可持续影响指标", "工程管护责任落实率", "=100%", "", None),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "", None),
        ],
        merged=(1, 2),
    )
    s.row("填报人：孔德胜", None, "联系电话：4419620", None, "填报日期", day(2025, 11, 21))
    return b


def _machinery_header(s: Sheet) -> None:
    top = s.r + 1
    s.row("一级指标", "二级指标", "三级指标", None, "年度指标值", None, None, "指标解释",
          col=3, merge=[(7, 9)])  # fmt: skip
    s.row(None, None, None, None, "比较符", "数值", "计量单位", None, col=3)
    for c in (3, 4, 5, 10):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)


@variant("ih07-machinery-subsidy-ok", (4, 7, 11), "from column C, spacer column, header repeated")
def machinery_subsidy_ok() -> Book:
    b = Book()
    s = b.sheet("农机补贴", (2, 2, 14, 16, 28, 2, 8, 10, 12, 24))
    s.row("2026年度松陂县农机购置与应用补贴项目绩效目标表", col=3, merge=[(3, 10)])
    s.row("项目单位：松陂县农业机械化服务中心", None, None, None, "年度资金：",
          C(1380, '0.00"万元"'), None, "其中中央资金：", col=3)  # fmt: skip
    s.put(s.r, 11, C(1380, '0.00"万元"'))
    s.row("年度目标：补贴各类农业机具1150台（套）以上，带动主要农作物耕种收综合机械化率达到86%，"
          "购机农户申请补贴30个工作日内办结。", col=3, merge=[(3, 10)])  # fmt: skip
    _machinery_header(s)
    s.table(
        [
            ("产出指标", "数量指标", "补贴机具数量", None, "≥", 1150, "台（套）", ""),
            (None, None, "受益农户（农机合作社）数量", None, "≥", 860, "户", ""),
            (None, "质量指标", "补贴机具抽查合格率", None, "≥", 95, "%", "省级抽查"),
            (None, None, "补贴资金兑付准确率", None, "=", 100, "%", ""),
            (None, "时效指标", "补贴申请办理时限", None, "≤", 30, "个工作日", "自受理之日起"),
            (None, "成本指标", "单台（套）平均补贴额", None, "≤", 1.2, "万元/台", ""),
        ],
        merged=(1, 2),
        col=3,
    )
    s.skip()  # the page ends; the header is printed again
    _machinery_header(s)
    s.table(
        [
            ("效益指标", "经济效益指标", "带动农户亩均节本增效", None, "≥", 50, "元/亩", ""),
            (None, "社会效益指标", "主要农作物耕种收综合机械化率", None, "≥", 86, "%", ""),
            (None, None, "违规补贴举报投诉率", None, "≤", 1, "%", ""),
            (None, "可持续影响指标", "补贴机具在用率", None, "≥", 90, "%", "购机后三年"),
            ("满意度指标", "服务对象满意度指标", "购机农户满意度", None, "≥", 90, "%", ""),
        ],
        merged=(1, 2),
        col=3,
    )
    s.row("填报说明：1.比较符填≥、≤或=；2.比率类指标数值按百分数填写，计量单位填%；"
          "3.本表一式三份。", col=3, merge=[(3, 10)])  # fmt: skip
    s.row("填表人：", "许丹", "审核人：", "白晓峰", None, "联系电话：", "8806217", None, col=3)
    s.row("填报日期：", day(2025, 12, 8, CN_DATE), col=3)
    return b


@variant("ih08-machinery-subsidy", (11, 13), "operators inside the values, a name left empty")
def machinery_subsidy() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 20))
    s.title("云枫县2026年农机购置与应用补贴绩效目标表", 5)
    s.row("项目名称", "农机购置与应用补贴", None, "年度资金（万元）", C(960, AMT),
          merge=[(2, 3)])  # fmt: skip
    s.row("实施单位", "云枫县农业农村局", None, "其中：中央资金", C(960, AMT), merge=[(2, 3)])
    s.row("年度目标", "补贴农业机具800台（套），带动农机化水平稳步提升，补贴资金按时足额兑付。",
          merge=[(2, 5)])  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
            ("产出指标", "数量指标", "补贴机具数量", "≥800台（套）", ""),
            (None, None, mk(None, "F110", "error"), "≥320台", "其中烘干机、植保无人机"),
            (None, None, "受益农户数量", "≥600户", ""),
            (None, "质量指标", "补贴机具抽查合格率", mk("≥≤90%", "T116", "warning"), ""),
            (None, None, "补贴资金兑付率", mk(">=95", "T105", "warning", alt=("T104", "T116")), ""),
            (None, "时效指标", "补贴资金兑付时限", "≤30个工作日", ""),
            (None, "成本指标", "单台（套）平均补贴额", "≤1.2万元", ""),
            ("效益指标", "社会效益指标", "农作物耕种收综合机械化率", "≥85%", ""),
            (None, None, "违规补贴投诉率", mk("≥5%", "T108", "warning", row=True), ""),
            (None, "可持续影响指标", "补贴机具在用率", "≥90%", "购机后三年"),
            ("满意度指标", "服务对象满意度指标", "购机农户满意度", "≥90%", ""),
        ],
        merged=(1, 2),
    )
    s.row("填表人：钟永红        联系电话：3352871", merge=[(1, 5)])
    return b
