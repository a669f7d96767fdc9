"""Multi-year project returns with 中期 and 年度 columns (on02, on07, on11 correct; on14 with
planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout186.common import (
    TWO,
    WIDTHS10,
    attachments,
    footer,
    indicators,
    instructions,
    project_head,
)
from tests.variants.holdout186.registry import variant
from tests.variants.kit import Book, mk

TWO_NO_LAST = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值",
               "计量单位", "备注")  # fmt: skip


@variant("on02-rural-roads-three-years", (2, 8), "three-year project 2026–2028, NAT-2021, "
         "附件清单 first, 中期 and 年度 columns sharing one operator column, spacer rows, numbered "
         "goals in one cell; =0起 safety accidents in both columns")  # fmt: skip
def on02() -> Book:
    b = Book()
    attachments(b, "项目申报附件清单", [
        ("农村公路提档升级三年实施方案", 1, None), ("年度建设计划表", 1, None),
        ("资金测算依据", 1, None),
    ])  # fmt: skip
    s = b.sheet("绩效目标表", widths=(6, 14, 16, 30, 10, 12, 12, 10, 16))
    project_head(
        s, 9, year=2026, years=3, attr="新增项目", name="农村公路提档升级项目",
        dept="青溪市交通运输局", unit="青溪市农村公路建设养护中心", leader="钟永年",
        phone="0768-5302917",
        money=[("资金总额", 3600.00, 1200.00), ("其中：财政拨款", 3000.00, 1000.00),
               ("其他资金", 600.00, 200.00)],
        goal=[("中期目标（2026年—2028年）",
               "1.2026年—2028年完成农村公路提档升级180公里；\n2.改造危桥9座；\n"
               "3.农村公路优良中等路率达到85%以上。"),
              ("年度目标", "1.2026年完成农村公路提档升级60公里；\n2.改造危桥3座；\n"
               "3.农村公路优良中等路率达到80%以上。")],
    )  # fmt: skip
    indicators(s, TWO_NO_LAST, [
        [("产出指标", "数量指标", "农村公路提档升级里程", "≥", 180, 60, "公里", None),
         (None, None, "危桥改造", "≥", 9, 3, "座", None),
         (None, "质量指标", "工程交工验收合格率", "≥", 98, 98, "%", None),
         (None, "时效指标", "工程按期完工率", "≥", 95, 95, "%", None)],
        [("成本指标", "经济成本指标", "每公里平均建设补助", "≤", 18, 18, "万元/公里",
          "按省定标准")],
        [("效益指标", "社会效益指标", "农村公路优良中等路率", "≥", 85, 80, "%", None),
         (None, None, "施工安全事故", "=", 0, 0, "起", None),
         (None, "可持续影响指标", "农村公路管养机制", None, "健全", "健全", None, None)],
        [("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, 90, "%", None)],
    ])  # fmt: skip
    footer(s, 9, signer="钟永年", checker="许嘉", head="邓国平", filled="2025年11月10日")
    return b


@variant("on07-skills-training-two-years", (2, 8), "two-year project 2026–2027, OLD-NAT, "
         "填报说明 first, operators in words (大于等于/小于等于) in their own column, hidden "
         "上年指标值 column, spacer rows")  # fmt: skip
def on07() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("项目绩效目标表", widths=WIDTHS10)
    project_head(
        s, 10, year=2026, years=2, name="职业技能提升培训项目",
        dept="柘林县人力资源和社会保障局", unit="柘林县就业服务中心", leader="龚文斌",
        phone="0792-6437185",
        money=[("资金总额", 500.00, 260.00), ("其中：财政拨款", 460.00, 240.00),
               ("其他资金", 40.00, 20.00)],
        goal=[("中期目标（2026年—2027年）",
               "1.2026年—2027年开展职业技能培训6000人次；\n2.培训取证4000人；\n"
               "3.培训后就业率达到70%以上。"),
              ("年度目标", "1.2026年开展职业技能培训3200人次；\n2.培训取证2100人；\n"
               "3.参训人员满意度达到90%以上。")],
    )  # fmt: skip
    indicators(s, TWO, [
        [("产出指标", "数量指标", "开展职业技能培训", "大于等于", 6000, 3200, "人次", 2800, None),
         (None, None, "培训取证", "大于等于", 4000, 2100, "人", 1800, None),
         (None, "质量指标", "培训合格率", "大于等于", 90, 90, "%", 90, "同上年"),
         (None, "时效指标", "培训补贴发放时限", "小于等于", 30, 30, "工作日", 30, "同上年"),
         (None, "成本指标", "人均培训补贴标准", "小于等于", 700, 700, "元/人", 700, "同上年")],
        [("效益指标", "社会效益指标", "培训后就业率", "大于等于", 70, 70, "%", 65, None),
         (None, "可持续影响指标", "校企合作培训机制", None, "有效", "有效", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 90, 90, "%", 90,
          "同上年")],
    ], hidden=9)  # fmt: skip
    footer(s, 10, signer="龚文斌", checker="彭晓", head="谢志成", filled="2025年11月22日")
    return b


@variant("on11-rural-sewage-three-years", (2, 8), "three-year project 2026–2028, NAT-2021 with "
         "a 生态环境成本指标, 填报说明 first, operator and unit columns, hidden 上年指标值, spacer "
         "rows, deadlines in the year and in the period; =0件 complaints")  # fmt: skip
def on11() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=WIDTHS10)
    project_head(
        s, 10, year=2026, years=3, attr="新增项目", name="农村生活污水治理项目",
        dept="漳源县生态环境局", unit="漳源县农村环境综合整治办公室", leader="蒙少华",
        phone="0771-8854302",
        money=[("资金总额", 2400.00, 800.00), ("其中：财政拨款", 2100.00, 700.00),
               ("其他资金", 300.00, 100.00)],
        goal=[("中期目标（2026年—2028年）", "1.完成45个行政村生活污水治理；\n"
               "2.新建污水处理设施30座；\n3.农村生活污水治理率达到65%以上。"),
              ("年度目标", "1.完成15个行政村生活污水治理；\n2.新建污水处理设施10座；\n"
               "3.农村生活污水治理率达到45%以上。")],
    )  # fmt: skip
    indicators(s, TWO, [
        [("产出指标", "数量指标", "完成生活污水治理的行政村", "≥", 45, 15, "个", 12, None),
         (None, None, "新建污水处理设施", "≥", 30, 10, "座", 8, None),
         (None, "质量指标", "设施出水水质达标率", "≥", 90, 90, "%", 90, "同上年"),
         (None, "时效指标", "治理设施建成投运时间", None, "2028年12月底前", "2026年12月底前", None,
          None, None)],
        [("成本指标", "经济成本指标", "单座设施建设成本", "≤", 60, 60, "万元/座", 60, "同上年"),
         (None, "生态环境成本指标", "施工期环境投诉事件", "=", 0, 0, "件", 0, "同上年")],
        [("效益指标", "生态效益指标", "农村生活污水治理率", "≥", 65, 45, "%", 38, None),
         (None, "社会效益指标", "受益农户", "≥", 9000, 3000, "户", 2500, None),
         (None, "可持续影响指标", "设施运维管护机制", None, "健全", "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, 90, "%", 88, None)],
    ], hidden=9)  # fmt: skip
    footer(s, 10, signer="蒙少华", checker="韦丽", head="黄春生", filled="2025年11月17日")
    return b


@variant("on14-old-estates-planted", (2, 8), "three-year project 2026–2028, NAT-2021, 附件清单 "
         "first, 中期 and 年度 columns, hidden 上年指标值: an annual count above its period count, "
         "a stale year in the numbered 年度目标")  # fmt: skip
def on14() -> Book:
    b = Book()
    attachments(b, "项目申报附件清单", [
        ("老旧小区改造三年行动方案", 1, None), ("年度改造计划表", 1, None),
    ])  # fmt: skip
    s = b.sheet("绩效目标表", widths=WIDTHS10)
    project_head(
        s, 10, year=2026, years=3, name="城镇老旧小区改造项目", dept="白鹭湾区住房和城乡建设局",
        unit="白鹭湾区城市更新服务中心", leader="宋志刚", phone="0596-2187340",
        money=[("资金总额", 4500.00, 1500.00), ("其中：财政拨款", 3900.00, 1300.00),
               ("其他资金", 600.00, 200.00)],
        goal=[("中期目标（2026年—2028年）", "1.2026年—2028年改造老旧小区36个；\n"
               "2.受益居民9000户；\n3.建立小区长效管理机制。"),
              ("年度目标", mk("1.2025年完成老旧小区改造12个；\n2.受益居民3000户；\n"
                              "3.加装电梯75部。",
                              "Y103", "error", alt=("Y101", "Y102"),
                              note="2025 in the annual goal of a 2026 table"))],
    )  # fmt: skip
    indicators(s, TWO, [
        [("产出指标", "数量指标", "改造老旧小区", "≥", 36, 12, "个", 10, None),
         (None, None, "加装电梯", "≥", 60,
          mk(75, "D201", "error", row=True, note="annual 75 above the period's 60"), "部", 50,
          None),
         (None, "质量指标", "改造工程验收合格率", "≥", 98, 98, "%", 98, "同上年"),
         (None, "时效指标", "年度改造任务完成时间", None, "2028年12月底前", "2026年12月底前",
          None, None, None)],
        [("成本指标", "经济成本指标", "小区改造户均投资", "≤", 0.45, 0.45, "万元/户", 0.45,
          "同上年")],
        [("效益指标", "社会效益指标", "受益居民", "≥", 9000, 3000, "户", 2600, None),
         (None, "可持续影响指标", "小区长效管理机制", None, "健全", "健全", None, None, None)],
        [("满意度指标", "服务对象满意度指标", "居民满意度", "≥", 90, 90, "%", 90, "同上年")],
    ], hidden=9)  # fmt: skip
    footer(s, 10, signer="宋志刚", checker="林珊", head="郑国华", filled="2025年11月26日")
    return b
