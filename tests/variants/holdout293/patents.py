"""Patent subsidies (专利资助, 专利导航, 专利转化, 质押融资贴息): returns sq01–sq06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout293.common import (
    YEAR,
    book,
    budget,
    caption,
    indicators,
    multi_year,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout293.registry import variant
from tests.variants.kit import Book, day, mk, pct

CITY_IP = "楠阜市知识产权局（418006）"


@variant("sq01-patent-subsidy", (1, 12),
         "project, NAT-2021, operator and unit columns, percent cells typed in Excel, 万元 only "
         "in the number format, =100% ceiling and a 0起 incident count (correct)")  # fmt: skip
def sq01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="发明专利授权及年费维持资助", dept=CITY_IP,
                 unit="楠阜市知识产权局专利管理科", attr="常年项目",
                 money=one_year(320, 300, 20),
                 goals=["对本市企业、高校院所当年授权的发明专利给予资助，资助发明专利不少于500件，"
                        "引导申请人提升专利质量，提高高价值发明专利拥有量。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "资助发明专利授权", "≥", 500, "件"),
        (None, None, "资助发明专利年费维持", "≥", 300, "件"),
        (None, "质量指标", "资助申请材料审核合格率", "≥", pct(0.98), "%"),
        (None, None, "高价值发明专利占资助总量比例", "≥", pct(0.4), "%"),
        (None, None, "资助资金违规拨付", "=", 0, "起"),
        (None, "时效指标", "资助资金拨付周期", "≤", 45, "个工作日"),
        ("成本指标", "经济成本指标", "发明专利授权单件资助标准", "≤", 5000, "元/件"),
        (None, None, "发明专利年费单件资助标准", "≤", 2000, "元/件"),
        ("效益指标", "社会效益指标", "每万人口高价值发明专利拥有量", "≥", 9.5, "件"),
        (None, "可持续影响指标", "专利资助网上申报受理比例", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受资助申请人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _navigation(year: int) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "完成产业专利导航分析报告", "≥3篇"),
        (None, None, "召开专利导航成果发布会", "≥2场"),
        (None, "质量指标", "导航报告专家评审通过率", "≥90%"),
        (None, "时效指标", "导航报告交付时间", f"{year}年11月30日前"),
        (None, "成本指标", "单篇导航报告委托费用", "≤25万元/篇"),
        ("效益指标", "社会效益指标", "导航成果被产业主管部门采纳", "≥2项"),
        (None, "可持续影响指标", "产业专利数据库持续更新年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "产业园区企业满意度", "≥90%"),
    ]


@variant("sq02-patent-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "total is not 财政拨款 + 其他资金, and a 实施率 given as a count")  # fmt: skip
def sq02() -> Book:
    b, s = book()
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="重点产业专利导航服务", dept=CITY_IP,
                 unit="楠阜市知识产权信息服务中心", money=one_year(90, 80, 10),
                 goals=["围绕两个重点产业完成专利导航分析，为产业规划和招商引才"
                        "提供决策参考。"])  # fmt: skip
    indicators(s, header, _navigation(YEAR))
    s.skip()
    total = mk(wan(150), "B101", "error", note="财政拨款 120 + 其他资金 20 = 140，不是 150")
    project_head(s, year=YEAR, name="高校院所专利转化运用专项", dept=CITY_IP,
                 unit="楠阜市知识产权运营服务中心", money=one_year(total, 120, 20), title="",
                 goals=["推动高校院所存量专利向中小企业许可转让，兑现转化奖补。"])  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "高校院所专利许可转让", "≥60项"),
        (None, "质量指标", "专利转化实施率",
         mk("≥30项", "T105", "error", row=True, note="比率类指标的值是项数")),
        (None, None, "许可合同登记备案率", "≥95%"),
        (None, "时效指标", "转化奖补资金兑现周期", "≤60个工作日"),
        (None, "成本指标", "单项专利转化奖补标准", "≤2万元/项"),
        ("效益指标", "经济效益指标", "带动企业新增专利产品销售额", "≥3亿元"),
        ("满意度指标", "服务对象满意度指标", "受奖补单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sq03-patent-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator in "
         "words · 指标值), percent cells, a 下降率 with 大于等于, weights add to 100 "
         "(correct)")  # fmt: skip
def sq03() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="楠阜市知识产权局", budget=budget(1260, 1200, 60, 540, 720),
                    tasks=[
                        ("专利资助与奖补", "发明专利授权及年费资助", wan(320),
                         "资助发明专利不少于500件"),
                        ("专利转化运用", "高校院所专利许可转让", wan(240), "促成专利许可转让"),
                        ("知识产权宣传培训", "企业知识产权培训", wan(160), "提升企业知识产权意识"),
                        ("金额合计", None, wan(720), None),
                    ],
                    goal="落实专利资助政策，推动专利转化运用，提升全市知识产权创造"
                         "和运用水平。")  # fmt: skip
    caption(s, "年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("资助发明专利授权件数", 15, "件", "大于等于", 500),
        ("专利许可转让项目数", 10, "项", "大于等于", 60),
        ("企业知识产权培训人次", 10, "人次", "大于等于", 1200),
        ("专利资助资金审核准确率", 10, "%", "等于", pct(1)),
        ("非正常专利申请比例", 10, "%", "小于等于", pct(0.02)),
        ("专利质押融资登记金额增长率", 10, "%", "大于等于", pct(0.15)),
        ("每万人口高价值发明专利拥有量", 10, "件", "大于等于", 9.5),
        ("重复侵权案件下降率", 5, "%", "大于等于", pct(0.1)),
        ("专利资助资金兑现周期", 10, "个工作日", "小于等于", 45),
        ("服务对象满意度", 10, "%", "大于等于", pct(0.92)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "蒲雅婷", "0739-5528416")
    return b


@variant("sq04-patent-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual count above its period count")  # fmt: skip
def sq04() -> Book:
    b, s = book()
    goal = "培育专利密集型企业，建设产业知识产权运营中心，推动企业知识产权管理规范贯标。"
    project_head(s, year=YEAR, years=3, name="专利密集型产业培育工程", dept=CITY_IP,
                 unit="楠阜市知识产权运营服务中心", attr="新增项目",
                 money=multi_year((900, 840, 60), (300, 280, 20)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标照抄中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "认定专利密集型企业", "≥120家",
         mk("≥120家", "D202", "warning", note="三年累计数照抄为年度数")),
        (None, None, "建设产业知识产权运营中心", "≥3个",
         mk("≥4个", "D201", "error", note="年度 4 个超过三年 3 个")),
        (None, None, "企业知识产权管理规范贯标", "≥150家", "≥50家"),
        (None, None, "专利密集型产品备案", "≥600件", "≥200件"),
        (None, "质量指标", "运营中心建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培育任务完成时间", f"{YEAR + 2}年12月31日前",
         f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "单家企业贯标补助标准", "≤2万元/家", "≤2万元/家"),
        ("效益指标", "经济效益指标", "专利密集型产业增加值占地区生产总值比重", "≥13%", "≥12%"),
        (None, "可持续影响指标", "运营中心持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "培育企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sq05-patent-points", (5, 10),
         "project, NAT-2021, numbered tier labels (一、产出指标, 1.数量指标), a tier score column "
         "and an indicator score column both adding to 100, a rate raised in 百分点, a cost "
         "standard × count equal to the budget (correct)")  # fmt: skip
def sq05() -> Book:
    b, s = book(widths=(16, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="中小企业专利质押融资贴息", dept=CITY_IP,
                 unit="楠阜市知识产权局运用促进科", money=one_year(200, 200, 0),
                 goals=["对以专利权质押获得贷款的中小企业给予贴息，降低融资成本，"
                        "扩大专利质押融资规模。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", 40, "1.数量指标", "贴息支持企业", "≥80家", 15),
        (None, None, None, "专利质押融资登记金额", "≥8亿元", 10),
        (None, None, "2.质量指标", "贴息资金审核准确率", "=100%", 10),
        (None, None, "3.时效指标", "贴息资金拨付周期", "≤30个工作日", 5),
        ("二、成本指标", 20, "1.经济成本指标", "单家企业贴息上限", "≤2.5万元/家", 20),
        ("三、效益指标", 30, "1.经济效益指标", "企业专利质押融资获贷率", "提高≥5百分点", 15),
        (None, None, "2.社会效益指标", "首次获得专利质押贷款企业", "≥30家", 15),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "贴息企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("sq06-patent-second-sheet", (1, 7, 9),
         "project: head on the first sheet with an end date stored as a serial in a text cell, "
         "the indicator table on a second sheet under 考核指标 / 预期实现值, a 及时率 typed as "
         "105%")  # fmt: skip
def sq06() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=YEAR, name="海外专利布局资助", dept=CITY_IP,
                 unit="楠阜市知识产权局专利管理科", money=one_year(180, 160, 20),
                 start=day(YEAR, 1, 1),
                 end=mk(str(46387), "X104", "warning", note="2026-12-31 的序列号存成了文本"),
                 goals=["资助企业通过PCT途径申请国际专利，发布重点产业海外专利"
                        "预警报告。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 10, 14, 12))
    caption(t, "海外专利布局资助绩效指标")
    indicators(t, ("一级指标", "二级指标", "考核指标", "比较符", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "资助PCT国际专利申请", "≥", 120, "件"),
        (None, None, "发布重点产业海外专利预警报告", "≥", 2, "篇"),
        (None, "质量指标", "资助申请材料合规率", "≥", pct(0.95), "%"),
        (None, "时效指标", "资助申报受理及时率", "≥",
         mk(pct(1.05), "T106", "error", note="及时率显示 105%"), "%"),
        (None, "成本指标", "单件PCT申请资助标准", "≤", 1, "万元/件"),
        ("效益指标", "社会效益指标", "重点出口企业海外专利风险排查覆盖率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "海外专利预警信息更新周期", "≤", 6, "个月"),
        ("满意度指标", "服务对象满意度指标", "受资助企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
