"""阿胶 workshops of 骅沟县: a heritage workshop with points at two levels, hide tracing with
abbreviated labels, equipment on a second sheet, hide purchase money, a showroom return left
over from last season, and a quality project with 百分点 (ei07–ei12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout597.common import (
    detail,
    indicators,
    new_book,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout597.registry import variant
from tests.variants.kit import Book, day, mk, pct

PARK = "骅沟县胶艺产业园管理委员会（309001）"


@variant("ei07-workshop-points", (5, 7),
         "project, NAT-2021, numbered tier labels with points, headers 指标内容 · 分值 · 绩效标准, "
         "tier and indicator points both 100, a 下降率 with ≥ (correct)")  # fmt: skip
def workshop_points() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="骅沟县阿胶传统工艺传承工坊建设项目", dept=PARK,
                 unit="骅沟县胶艺产业园管理服务中心", money=one_year(150, 120, 30), goals=[
                     "改造传承工坊400平方米，培训熬胶学徒60人，9月底前完工投用，工坊阿胶"
                     "产值达到600万元。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "分值", "绩效标准"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.工坊改造单价", 5, "≤2500元/平方米"),
        (None, "（二）生态环境成本指标", "2.熬胶废水排放量", 5, "≤30吨/月"),
        ("二、产出指标（40分）", "（一）数量指标", "1.改造传承工坊面积", 10, "≥400平方米"),
        (None, None, "2.培训熬胶学徒", 10, "≥60人"),
        (None, "（二）质量指标", "3.阿胶块成品抽检合格率", 10, "≥98%"),
        (None, "（三）时效指标", "4.工坊改造完工时间", 10, "2025年9月30日前"),
        ("三、效益指标（40分）", "（一）经济效益指标", "1.工坊阿胶产值", 10, "≥600万元"),
        (None, "（二）社会效益指标", "2.带动就业", 10, "≥35人"),
        (None, "（三）生态效益指标", "3.单位产品能耗下降率", 10, "≥5%"),
        (None, "（四）可持续影响指标", "4.熬胶技艺传承人", 10, "≥6人"),
        ("四、满意度指标（10分）", "服务对象满意度指标", "1.学徒及合作社满意度", 10, "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值合计均为100分。")
    sign(s, "钟映雪", "0391-5869024")
    return b


@variant("ei08-hide-trace-tiers", (5,),
         "project, OLD-NAT, abbreviated and marked labels (*产出, ★质量): a rate under 时效, "
         "the same count again under 社会效益 with another value")  # fmt: skip
def hide_trace_tiers() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="阿胶原料驴皮质量追溯项目", dept=PARK,
                 unit="骅沟县胶艺产业园管理服务中心", money=one_year(60, 60, 0), goals=[
                     "对进园驴皮登记溯源20000张，抽检120批次，检验合格率98%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出", "数量", "驴皮溯源登记", "≥20000张"),
        (None, None, "溯源抽检批次", "≥120批次"),
        (None, "★质量", "驴皮溯源信息完整率", "≥95%"),
        (None, "时效", mk("原料驴皮检验合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "≥98%"),
        (None, None, "检测报告出具时限", "≤5个工作日"),
        (None, "成本", "单批次检测费用", "≤800元/批次"),
        ("*效益", "经济效益", "园区胶坊原料成本降低", "≥3%"),
        (None, "社会效益", "驴皮溯源登记数量",
         mk("≥18000张", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与数量指标“驴皮溯源登记 ≥20000张”是同一指标，值不同，且计数不属社会效益")),
        ("*满意度", "服务对象满意度", "胶坊企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0391-5851167")
    return b


@variant("ei09-boiler-second-sheet", (7, 12),
         "project: head and detail lines on 项目信息, the indicator table on a second sheet under "
         "header 预期实现值, a typed 100%, a later year the work prepares for "
         "(correct)")  # fmt: skip
def boiler_second_sheet() -> Book:
    b, s = new_book("项目信息")
    project_head(s, year=2025, name="阿胶熬制设备更新项目", dept=PARK,
                 unit="骅沟县青栎胶业专业合作社", money=one_year(210, 180, 30), goals=[
                     "更新蒸球化皮设备4台、浓缩锅5台，8月底前安装投产，为2026年申报省级"
                     "非遗工坊积累生产数据。"])  # fmt: skip
    detail(s, [("蒸球化皮设备（4台）", 96), ("浓缩锅（5台）", 60), ("切胶晾胶设备", 36),
               ("安装调试", 18)], 210)  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("阿胶熬制设备更新项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "更新蒸球化皮设备", "≥4台"),
        (None, None, "更新浓缩锅", "≥5台"),
        (None, "质量指标", "设备验收合格率", pct(1.0)),
        (None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "蒸球化皮设备单价", "≤24万元/台"),
        ("效益指标", "经济效益指标", "熬胶工序能耗下降率", "≥8%"),
        (None, "可持续影响指标", "设备使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "殷若川", "0391-5862045")
    return b


@variant("ei10-hide-purchase-money", (12,),
         "project, OLD-NAT: detail lines not adding to 合计, a purchase subsidy above the "
         "money, a hide count below the goal's")  # fmt: skip
def hide_purchase_money() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="阿胶原料驴皮收储补贴项目", dept=PARK,
                 unit="骅沟县胶艺产业园管理服务中心", money=one_year(100, 90, 10), goals=[
                     "收储本地驴皮8000张，稳定阿胶原料供应，减少外购驴皮运输损耗。"])  # fmt: skip
    detail(s, [("驴皮收购补贴", 64), ("冷库租赁", 20), ("质量检测", 10), ("运输", 8)],
           mk(w(100), "B102", "error", note="64 + 20 + 10 + 8 = 102，不是100"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "收储本地驴皮",
         mk("≥6000张", "D104", "warning", row=True, note="年度目标写收储8000张")),
        (None, "质量指标", "入库驴皮检验合格率", "≥97%"),
        (None, "时效指标", "收储补贴兑付时间", "2025年12月15日前"),
        (None, "成本指标", "驴皮收购补贴标准",
         mk("≤200元/张", "B107", "warning", row=True,
            note="200元 × 6000张 = 120万元（按8000张为160万元），超过年度资金100万元")),
        ("效益指标", "经济效益指标", "胶坊原料采购成本降低", "≥5%"),
        (None, "社会效益指标", "带动驴皮收购经纪人", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "养殖户及胶坊满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁含章", "0391-5857712")
    return b


@variant("ei11-showroom-last-season", (7,),
         "project, budget year 2026, headers 考核指标 · 目标值（年度） · 评价标准: a start date "
         "and a goal year left from the 2025 return")  # fmt: skip
def showroom_last_season() -> Book:
    b, s = new_book()
    project_head(s, year=2026, name="骅沟阿胶文化展销推广项目", dept=PARK,
                 unit="骅沟县胶艺产业园管理服务中心", money=one_year(48, 40, 8),
                 start=mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",),
                          note="2026年度一年期项目，计划开始日期仍是上年的2025-01-01"),
                 goals=[mk("2025年举办阿胶文化展销活动6场，新增线上销售渠道3个，展销期间"
                           "接待游客3万人次。", "Y103", "warning",
                           note="2026年度目标写的是2025年的任务（上年残留）")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "举办阿胶文化展销活动", "≥6场", "每少1场扣1分"),
        (None, None, "新增线上销售渠道", "≥3个", "每少1个扣1分"),
        (None, "质量指标", "参展胶坊产品抽检合格率", "≥98%", "未达到不得分"),
        (None, "时效指标", "展销活动完成时间", "2026年10月31日前", "逾期不得分"),
        (None, "成本指标", "单场展销活动费用", "≤6万元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "展销期间接待游客", "≥3万人次", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参展胶坊满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    sign(s, "韦澄江", "0391-5868301", year=2026)
    return b


@variant("ei12-quality-points", (10, 1),
         "project, OLD-NAT, tier-1 score column and indicator score column, 优等品率 raised in "
         "百分点, typed percents (correct)")  # fmt: skip
def quality_points() -> Book:
    b, s = new_book(widths=(14, 10, 16, 28, 16, 10))
    project_head(s, year=2025, name="骅沟县阿胶胶坊质量提升项目", dept=PARK,
                 unit="骅沟县胶艺产业园管理服务中心", money=one_year(40, 35, 5), goals=[
                     "支持3家胶坊通过质量管理体系认证，优等品率提高5个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 50, "数量指标", "通过质量体系认证胶坊", "≥3家", 10),
        (None, None, "质量指标", "阿胶成品抽检合格率", pct(0.98), 15),
        (None, None, "时效指标", "认证完成时间", "2025年11月30日前", 10),
        (None, None, "成本指标", "单家胶坊认证补助", "≤5万元/家", 15),
        ("效益指标", 40, "经济效益指标", "胶坊产品优等品率提高", "≥5百分点", 15),
        (None, None, "社会效益指标", "胶坊带动就业", "≥50人", 10),
        (None, None, "可持续影响指标", "质量追溯覆盖率", pct(0.9), 15),
        ("满意度指标", 10, "服务对象满意度指标", "合作胶坊满意度", pct(0.92), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与指标分值为同一套分值的两级，合计均为100分。")
    sign(s, "麦知夏", "0391-5860458")
    return b
