"""Held-out returns: points on tier labels, tier fit, template rows, 年度 before 实施期
(items 5, 6, 8, 10, 13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout.registry import variant
from tests.variants.kit import Book, mk

SCORED = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]


@variant("x21-tier-points-wrong", (5, 10), "project, NAT-2021, points in the tier-1 "
         "labels (成本指标（20分）…) and an indicator 分值 column; 效益 scores add to 25, "
         "not 30")  # fmt: skip
def x21() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="城区智慧停车系统建设", dept="澜西市城市管理局",
        unit="澜西市停车管理服务中心", attr="一次性项目",
        money=[("年度资金总额", 680, "其中：财政拨款", 680), (None, None, "其他资金", 0)],
        goals=["完成城区3000个泊位智能化改造和停车诱导系统建设，提高泊位周转率。"],
    )  # fmt: skip
    s.table([
        SCORED,
        ["成本指标（20分）", "经济成本指标", "单个泊位智能化改造成本", "≤0.2万元/个", 10],
        [None, "社会成本指标", "占道施工时长", "≤30天", 10],
        ["产出指标（40分）", "数量指标", "智能化改造泊位数", "≥3000个", 15],
        [None, None, "新建停车诱导屏", "≥20块", 10],
        [None, "质量指标", "系统上线测试通过率", "=100%", 8],
        [None, "时效指标", "系统上线运行时间", "2025年10月31日前", 7],
        [mk("效益指标（30分）", "W103", "error", note="15 + 10 = 25 under a 30-point tier"),
         "社会效益指标", "城区泊位平均周转率提高", "≥20%", 15],
        [None, "可持续影响指标", "停车数据共享运行机制", "健全", 10],
        ["满意度指标（10分）", "服务对象满意度指标", "市民停车满意度", "≥90%", 10],
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the total 95 follows from the W103 gap")
    return b


@variant("x22-points-three-levels", (5, 10), "project, OLD-NAT, numbered labels with points at "
         "tier 1 and tier 2 (一、产出指标（50分）, （一）数量指标（20分）) and an indicator "
         "分值 column, a rate change in 个百分点; correct")  # fmt: skip
def x22() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="生活垃圾分类提质", dept="鹤岭区城市管理局",
        unit="鹤岭区环境卫生服务中心",
        money=[("年度资金总额", 560, "其中：财政拨款", 500), (None, None, "其他资金", 60)],
        goals=["新增垃圾分类投放点180个，配备督导员360人，居民分类知晓率明显提高。"],
    )  # fmt: skip
    s.table([
        SCORED,
        ["一、产出指标（50分）", "（一）数量指标（20分）", "新增垃圾分类投放点", "≥180个", 10],
        [None, None, "配备分类督导员", "≥360人", 10],
        [None, "（二）质量指标（15分）", "分类投放点设施达标率", "≥95%", 15],
        [None, "（三）时效指标（10分）", "投放点建设完成时间", "2025年8月31日前", 10],
        [None, "（四）成本指标（5分）", "每个投放点建设成本", "≤1.5万元/个", 5],
        ["二、效益指标（30分）", "（一）社会效益指标（20分）", "居民垃圾分类知晓率较上年提高",
         "≥5个百分点", 10],
        [None, None, "小区生活垃圾分类覆盖率", "≥85%", 10],
        [None, "（二）生态效益指标（10分）", "生活垃圾资源化利用率", "≥60%", 10],
        ["三、满意度指标（20分）", "服务对象满意度指标（20分）", "小区居民满意度", "≥90%", 20],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x23-tier-fit-template-rows", (6, 13), "project, NAT-2021: 预算执行率 under 成本, a "
         "合格率 under 时效, a value without a name, a tier-2 left from the template")  # fmt: skip
def x23() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="乡镇卫生院医疗设备更新", dept="望川县卫生健康局",
        unit="望川县卫生健康局", attr="一次性项目",
        money=[("年度资金总额", 750, "其中：财政拨款", 750), (None, None, "其他资金", 0)],
        goals=["为12家乡镇卫生院更新DR、彩超等医疗设备30台，提升基层诊疗能力。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "单台设备平均采购成本", "≤25万元/台"],
        [None, None, mk("项目预算执行率", "F202", "warning", row=True,
                        note="scored separately, not a cost indicator"), "≥95%"],
        ["产出指标", "数量指标", "更新医疗设备台数", "≥30台"],
        [None, None, "受益乡镇卫生院", "≥12家"],
        [None, None, mk(None, "F110", "error", note="a value without a name"), "≥60人次"],
        [None, "质量指标", "设备安装调试一次合格率", "=100%"],
        [None, "时效指标", mk("设备到货验收合格率", "F201", "warning", row=True,
                            note="a quality rate under 时效"), "=100%"],
        [None, None, "设备采购完成时间", "2025年9月30日前"],
        ["效益指标", "社会效益指标", "乡镇卫生院基本检查项目开展率", "≥90%"],
        [None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None],
        [None, "可持续影响指标", "设备运行维护制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x24-annual-before-period", (8,), "three-year project, NAT-2021, 年度指标值 "
         "before 实施期指标值: an annual count above the period count, a cumulative count "
         "copied")  # fmt: skip
def x24() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=3, name="智慧社区建设", dept="鹤岭区民政局",
        unit="鹤岭区社区建设服务中心", attr="新增项目",
        money=[("中期资金总额", 1800, "年度资金总额", 600),
               ("其中：财政拨款", 1800, "其中：财政拨款", 600)],
        goals=["三年内建成36个智慧社区，提升社区治理和服务智能化水平。",
               "2025年建成12个智慧社区。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值"],
        ["成本指标", "经济成本指标", "单个社区智慧化改造成本", "≤50万元/个", "≤50万元/个"],
        ["产出指标", "数量指标", "建成智慧社区数量", "≥12个", "≥36个"],
        [None, None, "接入智能感知设备",
         mk("≥5400台", "D202", "warning", note="cumulative count equal in both columns"),
         "≥5400台"],
        [None, None, "培训社区工作人员",
         mk("≥900人次", "D201", "error", note="annual 900 above period 600"), "≥600人次"],
        [None, "质量指标", "智慧社区平台验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "社区事务线上办理率", "≥60%", "≥80%"],
        [None, "可持续影响指标", "智慧社区运维机制", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b
