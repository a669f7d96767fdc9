"""Returns kbn13–kbn18: community recycling stations (社区再生资源回收站点、智能回收柜、
两网融合)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout732.common import (
    BUREAU,
    first,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout732.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
RECYCLE = "澄川市再生资源回收管理办公室"


@variant("kbn13-stations-department", (12, 1),
         "department, NAT-2021, budget and key tasks adding up, a goal total with its parts in "
         "brackets, unit costs equal to their tasks, typed percents (correct)")  # fmt: skip
def kbn13() -> Book:
    b, s = first()
    department_head(s, year=2026, dept=RECYCLE,
                    budget=[(wan(860), wan(800), wan(60), wan(210), wan(650))],
                    tasks=[("新建回收站点", "在三区新建社区再生资源回收站点45个", wan(360),
                            "站点全部验收投用"),
                           ("站点改造提升", "改造提升老旧回收站点15个", wan(150), "达到规范化标准"),
                           ("站点运营补贴", "按回收量对运营企业给予补贴", wan(140), "站点正常运营"),
                           ("金额合计", None, wan(650), None)],
                    goal="建成社区再生资源回收站点60个（新建45个、改造提升15个），"
                         "全年可回收物回收量达到2.4万吨。")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "新建社区回收站点", "≥45个"),
        (None, None, "改造提升回收站点", "≥15个"),
        (None, None, "可回收物回收量", "≥2.4万吨"),
        (None, "质量指标", "站点竣工验收合格率", pct(1)),
        (None, "时效指标", "新建站点投用时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "新建站点单站建设成本", "≤8万元/个"),
        (None, None, "改造站点单站改造成本", "≤10万元/个"),
        ("效益指标", "生态效益指标", "低值可回收物回收利用率", pct(0.35)),
        (None, "可持续影响指标", "站点运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kbn14-stations-tasks-wrong", (12,),
         "department, NAT-2021, key tasks not adding to 金额合计, a goal count the indicator "
         "lowers")  # fmt: skip
def kbn14() -> Book:
    b, s = first()
    goal = "全年新建社区回收站点40个，布设智能回收柜200台，可回收物回收量达到1.8万吨。"
    department_head(s, year=2026, dept="苇塘区再生资源回收服务中心",
                    budget=[(wan(760), wan(700), wan(60), wan(200), wan(560))],
                    tasks=[("新建回收站点", "新建社区再生资源回收站点", wan(320), "站点投用"),
                           ("智能回收柜布设", "在小区布设智能回收柜", wan(120), "回收柜联网运行"),
                           ("站点运营补贴", "对运营企业给予补贴", wan(90), "站点正常运营"),
                           ("金额合计", None, mk(wan(560), "B102", "error",
                                                 note="320 + 120 + 90 = 530，不是560"), None)],
                    goal=ok(goal, "warning", note="D104 may land at the goal text"))  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", mk("新建社区回收站点", "D104", "warning", row=True,
                                    note="年度总体目标写新建40个，指标只有30个"), "≥30个"),
        (None, None, "智能回收柜布设数量", "≥200台"),
        (None, None, "可回收物回收量", "≥1.8万吨"),
        (None, "质量指标", "回收柜联网在线率", "≥95%"),
        (None, "时效指标", "站点建设完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤8万元/个"),
        ("效益指标", "生态效益指标", "可回收物回收利用率", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbn15-stacked-two-districts", (2, 9),
         "two district projects stacked, NAT-2021, one value column: the same indicator with "
         "different values in each, =100% kept as text (correct)")  # fmt: skip
def kbn15() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    for i, (district, count, total, fiscal) in enumerate(
            [("槐亭区", 25, 210, 200), ("苇塘区", 18, 150, 140)]):  # fmt: skip
        if i:
            s.skip()
        project_head(s, year=2026, name=f"{district}社区回收站点建设项目", dept=BUREAU,
                     unit=f"{district}商务局", title=None if i == 0 else "",
                     money=one_year(wan(total), wan(fiscal), wan(total - fiscal)),
                     goals=[f"在{district}新建社区回收站点{count}个，"
                            "实现城市社区全覆盖。"])  # fmt: skip
        table(s, head, [
            ("产出指标", "数量指标", "社区回收站点建设数量", f"≥{count}个"),
            (None, "质量指标", "站点验收合格率", "=100%"),
            (None, "时效指标", "站点建设完成时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单站建设成本", "≤8万元/个"),
            ("效益指标", "社会效益指标", "城市社区回收站点覆盖率", "100%"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
        ])  # fmt: skip
    return b


@variant("kbn16-two-networks-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 text copied from the "
         "中期目标, an annual count above the period's")  # fmt: skip
def kbn16() -> Book:
    b, s = first()
    text = "推进社区再生资源回收网点与环卫收运网点“两网融合”，提升可回收物回收利用水平。"
    project_head(s, year=2026, years=3, name="琮溪区“两网融合”回收体系建设项目", dept=BUREAU,
                 unit="琮溪区城市管理局", attr="新增项目",
                 money=multi_year((wan(600), wan(560), wan(40)), (wan(220), wan(200), wan(20))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标逐字照抄中期目标")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "两网融合服务点建设数量", "≥90个", "≥30个"),
        (None, None, "智能回收柜布设数量", "≥120台",
         mk("≥150台", "D201", "error", note="年度150台多于三年合计120台")),
        (None, "质量指标", "服务点规范化达标率", "≥95%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个服务点建设成本", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥40%", "≥36%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbn17-station-operations-labels", (5, 7, 4),
         "project, OLD-NAT, marked and abbreviated tier labels, headers 指标内容 and 绩效标准, "
         "the header repeated after a page break, 填表说明 under the table (correct)")  # fmt: skip
def kbn17() -> Book:
    b, s = first()
    project_head(s, year=2026, name="琮溪区社区回收站点运营考核补贴项目", dept=BUREAU,
                 unit="琮溪区再生资源回收服务站", money=one_year(wan(95), wan(90), wan(5)),
                 goals=["对全区52个社区回收站点实行运营考核，按考核结果发放运营补贴，"
                        "全年回收可回收物6000吨。"])  # fmt: skip
    header = ("一级指标", "二级指标", "指标内容", "绩效标准")
    table(s, header, [
        ("*产出", "数量", "考核运营站点数量", "≥52个"),
        (None, None, "每站每周开放天数", "≥5天"),
        (None, "质量", "站点规范化运营达标率", "≥90%"),
        (None, "时效", "运营补贴按季度拨付及时率", "100%"),
        (None, "成本", "单站年运营补贴", "≤1.8万元/个"),
    ])  # fmt: skip
    s.row(*header)
    s.table([
        ("*效益", "生态效益", "可回收物回收量", "≥6000吨"),
        (None, "社会效益", "站点周边乱堆乱放投诉下降率", "≥15%"),
        (None, "可持续影响", "站点运营考核办法", "建立并执行"),
        ("*满意度", "服务对象满意度", "居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.带*的一级指标为必填项；2.“绩效标准”填写年度目标值；"
             "3.成本类指标填写上限。", width=4)  # fmt: skip
    sign(s, "蒋书瑶", "0779-8835617", day(2025, 12, 8, CN_DATE))
    return b


@variant("kbn18-station-signs-leftovers", (6, 4),
         "project, NAT-2021, one value column: a deadline year left over in the goal, a count "
         "under 质量, the template's example row left in")  # fmt: skip
def kbn18() -> Book:
    b, s = first()
    goal = ("完成全区36个社区回收站点标识标牌更新，确保2024年底前全部站点统一标识，"
            "站点标识规范率达到100%。")  # fmt: skip
    project_head(s, year=2026, name="槐亭区回收站点标识标牌更新项目", dept=BUREAU,
                 unit="槐亭区商务局", money=one_year(wan(18), wan(18), wan(0)),
                 goals=[mk(goal, "Y103", "warning", alt=("Y102", "Y101"),
                           note="2026年度项目的年度目标写“2024年底前”，"
                                "上年模板留下的年份")])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "更新标识的站点数量", "≥36个"),
        (None, "质量指标", "站点标识规范率", "100%"),
        (None, None, mk("新增导视牌数量", "F201", "warning", row=True,
                        note="导视牌数量是数量指标，填在质量指标下"), "≥72块"),
        (None, "时效指标", "标识更新完成时间", "2026年9月30日前"),
        (None, None, "（示例）开展宣传活动",
         mk("≥**次", "X101", "error", note="模板的示例行和占位符未删除")),
        ("成本指标", "经济成本指标", "单站标识更新成本", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "居民对站点位置知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
