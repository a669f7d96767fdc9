"""Returns sw13–sw18: 网络文明建设 and the 网信办's department tables (money in every block,
template rows left empty, header words, a table on a second sheet, tier labels as offices
write them)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout299.common import Row, indicators, one_year, start, wan
from tests.variants.holdout299.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct


def _share(value: float) -> C:
    return pct(value, "0.00%")


def _sw13_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "网络文明主题活动场次", "≥30场", "完成得满分，每少1场扣0.5分"),
        (None, None, "网络安全宣传周活动覆盖乡镇（街道）数", "≥26个", "按覆盖比例计分"),
        (None, None, "违法和不良信息举报受理件数", "≥8000件", "按完成比例计分"),
        (None, "质量指标", "等级保护监督检查问题整改率", pct(0.95), "低于目标不得分"),
        (None, "时效指标", "举报受理及时率", "≥98%", "按完成比例计分"),
        ("成本指标", "经济成本指标", "网络文明主题活动场均成本", "≤3万元/场", "超出不得分"),
        ("效益指标", "社会效益指标", "网民网络文明素养优良率提高", "≥3百分点", "按幅度计分"),
        (None, "可持续影响指标", "网络综合治理体系", "健全", "定性评价"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "问卷调查计分"),
    ]  # fmt: skip


@variant("sw13-wenming-department", (7, 12), "department, NAT-2021, 网信办整体支出: budget "
         "with a row of typed shares, four key tasks adding to 项目支出, headers 考核指标, "
         "目标值（年度） and a 评价标准 column (correct)")  # fmt: skip
def sw13() -> Book:
    b, s = start(widths=(16, 18, 34, 18, 24, 18))
    department_head(s, year=2025, dept="中共澹川市委网络安全和信息化委员会办公室",
                    budget=[(wan(1260), wan(1180), wan(80), wan(840), wan(420)),
                            (_share(1), _share(0.9365), _share(0.0635), _share(0.6667),
                             _share(0.3333))],
                    tasks=[("网络文明建设", "主题活动、志愿服务", wan(150), "主题活动30场以上"),
                           ("网络安全宣传周", "全市宣传周活动", wan(90), "覆盖26个乡镇（街道）"),
                           ("等级保护监督检查", "重点单位检查督导", wan(80), "整改率95%以上"),
                           ("违法和不良信息举报受理", "举报受理转办", wan(100),
                            "受理举报8000件以上"),
                           ("金额合计", None, wan(420), None)],
                    goal="统筹网络安全、网络内容建设和网络文明建设，全年不发生重大网络安全"
                         "事件，网络生态持续向好。")  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, header, _sw13_rows())
    return b


def _sw14_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "“网络文明进万家”活动场次", "≥20场"),
        (None, None, "网络安全宣传周参与人次", "≥3万人次"),
        (None, "质量指标", "举报件转办准确率", "≥98%"),
        (None, "时效指标", "重大舆情首报时限", "≤1小时"),
        ("成本指标", "经济成本指标", "单场“网络文明进万家”活动成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "县域网络生态问题整改率", "≥90%"),
        (None, "可持续影响指标", "网络文明志愿服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]  # fmt: skip


@variant("sw14-wenming-department-wrong", (12,), "department, NAT-2021, 网信办整体支出: "
         "基本支出 + 项目支出 ≠ 资金总额, key tasks not adding up to their 金额合计")  # fmt: skip
def sw14() -> Book:
    b, s = start()
    total = mk(wan(386), "B101", "error", row=True,
               note="360 + 26 = 386, but 基本支出 250 + 项目支出 126 = 376")  # fmt: skip
    tasks_total = mk(wan(126), "B102", "error",
                     note="the tasks add up to 48 + 30 + 28 + 10 = 116, not 126")  # fmt: skip
    department_head(s, year=2025, dept="中共鹭汀县委网络安全和信息化委员会办公室",
                    budget=[(total, wan(360), wan(26), wan(250), wan(126))],
                    tasks=[("网络文明进万家", "进社区、进乡村主题活动", wan(48), "活动20场以上"),
                           ("网络安全宣传周", "县级宣传周活动", wan(30), "参与3万人次以上"),
                           ("举报受理转办", "举报受理、核查和转办", wan(28), "转办准确率98%"),
                           ("舆情监测", "全网舆情监测", wan(10), "重大舆情1小时内首报"),
                           ("金额合计", None, tasks_total, None)],
                    goal="加强网络文明建设和网络安全宣传，及时受理举报、监测舆情。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), _sw14_rows())
    return b


def _sw15_rows() -> list[Row]:
    nameless = mk(None, "F110", "error",
                  note="a value ≥12场 under 数量指标 with its name left empty")  # fmt: skip
    left = mk("时效指标", "F109", "warning", row=True,
              note="the template's 时效指标 row left without indicator or value")  # fmt: skip
    return [
        ("产出指标", "数量指标", "网络文明志愿者培训人次", "≥500人次"),
        (None, None, nameless, "≥12场"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, left, None, None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "乡村网民网络文明知晓率", "≥80%"),
        (None, "可持续影响指标", "网络文明志愿服务长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训志愿者满意度", "≥90%"),
    ]  # fmt: skip


@variant("sw15-wenming-template", (6, 13), "project, NAT-2021, 清朗乡村网络文明建设, header "
         "预期目标: a template tier-2 left without indicator, a value without a name")  # fmt: skip
def sw15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="檀峪县“清朗乡村”网络文明建设项目",
                 dept="中共檀峪县委网络安全和信息化委员会办公室（633010）",
                 unit="檀峪县网络文明建设指导中心", money=one_year(26, 26, 0),
                 goals=["培训乡村网络文明志愿者500人次，提升乡村网民网络文明素养。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), _sw15_rows())
    return b


EXPORT_HEAD = ("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
               "预期实现值")  # fmt: skip
TIERS16 = [
    ("产出指标", "数量指标", "网络文明示范点建设数", "≥8个"),
    ("产出指标", "数量指标", "社区网络文明宣传活动场次", "≥48场"),
    ("产出指标", "质量指标", "示范点验收合格率", pct(1)),
    ("产出指标", "时效指标", "示范点建成时间", "2025年10月31日前"),
    ("成本指标", "经济成本指标", "单个示范点建设成本", "≤4.25万元/个"),
    ("效益指标", "社会效益指标", "社区居民网络文明公约知晓率", "≥85%"),
    ("效益指标", "可持续影响指标", "示范点运行管护机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
]  # fmt: skip


@variant("sw16-wenming-export", (4, 7), "project, NAT-2021, budget-system export: head on the "
         "first sheet, the indicator table on a second sheet with unit and project codes in the "
         "first columns, header 预期实现值 on the third row and repeated after a page break, "
         "a 说明 line (correct)")  # fmt: skip
def sw16() -> Book:
    b, s = start("项目支出预算表")
    name = "苇塘区“网络文明进社区”示范点建设"
    project_head(s, year=2025, name=name, dept="苇塘区委网络安全和信息化委员会办公室（402017）",
                 unit="苇塘区委网络安全和信息化委员会办公室", money=one_year(40, 34, 6),
                 goals=["建成8个社区网络文明示范点，开展宣传活动48场。"])  # fmt: skip
    t = b.sheet("项目支出绩效目标表", (10, 22, 20, 26, 12, 16, 28, 16))
    t.title("项目支出绩效目标表", 8)
    t.row("预算年度：2025", None, None, None, None, None, "金额单位：万元", merge=[(1, 3)])
    codes = ("402017", "苇塘区委网信办", "402017250100000031", name)
    t.row(*EXPORT_HEAD)
    for i, tiers in enumerate(TIERS16):
        if i == 5:
            t.row(*EXPORT_HEAD)
        t.row(*codes, *tiers)
    t.row("说明：本表由预算管理一体化系统导出，指标值以系统审核数据为准。", merge=[(1, 8)])
    return b


def _sw17_rows() -> list[Row]:
    return [
        ("*产出指标", "★数量指标", "网络文明公益短视频制作数", "大于等于", 60, "部"),
        (None, None, "网络正能量作品征集数", "大于等于", 300, "件"),
        (None, "质量", "作品内容审核合格率", "大于等于", pct(0.98), "%"),
        (None, "时效", "作品征集评选完成时间", "小于等于", day(2025, 12, 15, CN_DATE), None),
        (None, "成本", "单部短视频制作成本", "小于等于", 0.5, "万元/部"),
        ("效果指标", "社会效益", "网络正能量作品传播量", "大于等于", 2000, "万次"),
        (None, "可持续影响", "网络文明作品资源库更新机制", None, "健全", None),
        ("*满意度", "服务对象满意度", "网民受众满意度", "大于等于", 90, "%"),
    ]  # fmt: skip


@variant("sw17-wenming-labels", (5, 7), "project, OLD-NAT, 网络文明作品征集: tier labels with "
         "* and ★ marks and abbreviations (质量, 时效, 成本, 效果指标, 满意度), a two-row header "
         "with operators in words, value and unit in their own columns (correct)")  # fmt: skip
def sw17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澹川市网络文明建设“e路同行”作品征集展播",
                 dept="中共澹川市委网络安全和信息化委员会办公室（318001）",
                 unit="澹川市网络文明传播中心", attr="一次性项目", money=one_year(45, 40, 5),
                 goals=["征集网络正能量作品300件，制作公益短视频60部并在市内"
                        "平台展播。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较方式", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(_sw17_rows(), merged=(1, 2))
    return b


def _sw18_rows() -> list[Row]:
    capped = mk("≤12000小时", "T108", "warning", row=True,
                note="志愿服务时长 is a 正向 output: ≤ caps it, ≥ was meant")  # fmt: skip
    parent = mk("（二）时效指标", "F105", "error",
                note="时效指标 belongs under 产出指标, not 效益指标")  # fmt: skip
    return [
        ("一、产出指标", "（一）数量指标", "注册网络文明志愿者人数", "≥500人"),
        (None, None, "志愿服务活动场次", "≥80场"),
        (None, None, "志愿服务时长", capped),
        (None, "（二）质量指标", "志愿者岗前培训合格率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "志愿者人均补贴标准", "≤300元/人"),
        ("三、效益指标", "（一）社会效益指标", "志愿服务覆盖村（社区）比例", "≥80%"),
        (None, parent, "志愿服务需求响应时限", "≤48小时"),
        (None, "（三）可持续影响指标", "志愿服务队伍管理制度", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]  # fmt: skip


@variant("sw18-wenming-labels-wrong", (5, 11), "project, NAT-2021, 网络文明志愿服务: numbered "
         "tier labels, 时效指标 under 效益指标, a 正向 count capped with ≤")  # fmt: skip
def sw18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹭汀县网络文明志愿服务项目",
                 dept="中共鹭汀县委网络安全和信息化委员会办公室（527003）",
                 unit="鹭汀县网络文明建设指导中心", money=one_year(20, 18, 2),
                 goals=["招募注册网络文明志愿者500人，开展志愿服务活动80场以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), _sw18_rows())
    return b
