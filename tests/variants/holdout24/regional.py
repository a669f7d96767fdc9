"""Transfer payments by region: 衔接推进乡村振兴补助资金 区域绩效目标表 of two counties (中央/省/
市/县 shares, numbered 年度目标, ★ core indicators) and 耕地地力保护补贴 tables of a city (split by
county, area × standard = money) and of one county."""

from __future__ import annotations

from tests.variants.holdout24.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

AMT = "#,##0.00"


@variant("ih01-link-funds-region-ok", (4, 5, 12), "区域绩效目标表 from column B, ★ core")
def link_funds_region_ok() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (3, 14, 14, 16, 34, 18, 16))
    s.row("2026年度衔接推进乡村振兴补助资金区域绩效目标表", col=2, merge=[(2, 7)])
    s.row("填报单位（盖章）：芦塘县农业农村局（县乡村振兴局）", None, None, None,
          "金额单位：万元", col=2, merge=[(2, 5)])  # fmt: skip
    s.row("专项名称", "衔接推进乡村振兴补助资金", None, "省级主管部门", "湄江省农业农村厅", None,
          col=2, merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row("县级主管部门", "芦塘县农业农村局", None, "资金使用单位", "各乡镇人民政府、县直有关部门",
          None, col=2, merge=[(3, 4), (6, 7)])  # fmt: skip
    top = s.r + 1
    s.row("资金情况（万元）", "年度金额：", C(5860, AMT), col=2)
    s.row(None, "其中：中央补助", C(3200, AMT), col=2)
    s.row(None, "　　　省级资金", C(1500, AMT), col=2)
    s.row(None, "　　　市级资金", C(560, AMT), col=2)
    s.row(None, "　　　县级资金", C(600, AMT), col=2)
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row("年度总体目标",
          "目标1：支持发展联农带农富农产业项目28个以上，新建（改建）产业路12.5公里，帮扶脱贫户"
          "（含监测户）3600户稳定增收。\n目标2：开展脱贫劳动力技能培训1200人次，脱贫人口务工就业"
          "规模稳定在2.1万人以上。\n目标3：巩固“两不愁三保障”成果，守住不发生规模性返贫底线。",
          col=2, merge=[(3, 7)])  # fmt: skip
    s.table(
        [
            ("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"),
            (None, "产出指标", "数量指标", "★支持联农带农富农产业项目数量", "≥28个", ""),
            (None, None, None, "新建（改建）产业路里程", "≥12.5公里", "含硬化、拓宽"),
            (None, None, None, "★帮扶脱贫户（含监测户）数量", "≥3600户", ""),
            (None, None, None, "脱贫劳动力技能培训人次", "≥1200人次", ""),
            (None, None, "质量指标", "项目验收合格率", "≥95%", ""),
            (None, None, None, "★衔接资金用于产业发展比例", "≥60%", "按中央资金口径"),
            (None, None, "时效指标", "资金拨付及时率", pct(1.0), ""),
            (None, None, None, "项目开工时间", "2026年6月30日前", ""),
            (None, None, "成本指标", "产业路建设补助标准", "≤60万元/公里", ""),
            (None, "效益指标", "经济效益指标", "★带动脱贫户户均增收", "≥1500元/户", ""),
            (None, None, "社会效益指标", "★脱贫人口务工就业规模", "≥2.1万人", ""),
            (None, None, None, "受益脱贫人口数", "≥9800人", ""),
            (None, None, None, "守住不发生规模性返贫底线", "是", ""),
            (None, None, "可持续影响指标", "项目持续发挥效益年限", "≥5年", ""),
            (None, "满意度指标", "服务对象满意度指标", "★受益脱贫人口满意度", "≥90%", ""),
        ],
        merged=(1, 2, 3),
        col=2,
    )
    s.row("注：标★的为核心绩效指标，不得删减；指标值应与资金规模相匹配。", col=2, merge=[(2, 7)])
    s.row("填表人：龚晓岚", None, "审核人：蒋立新", None, "联系电话：5216338", col=2)
    s.row("填报日期：", day(2025, 11, 18, CN_DATE), col=2)
    return b


@variant("ih02-link-funds-region-shares", (1, 11, 12), "区域绩效目标表, two-line header")
def link_funds_region_shares() -> Book:
    b = Book()
    s = b.sheet("柘川县", (14, 16, 30, 14, 10, 16))
    s.title("衔接推进乡村振兴补助资金区域绩效目标表（2026年度）", 6)
    s.row("专项名称", "衔接推进乡村振兴补助资金", None, "县级主管部门", "柘川县农业农村局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r + 1
    s.row("资金情况（万元）", "年度资金总额",
          mk(C(4320, AMT), "B101", "error", alt=("B102",),
             note="2600+1000+300+320 = 4220"))  # fmt: skip
    s.row(None, "其中：中央补助", C(2600, AMT))
    s.row(None, "省级补助", C(1000, AMT))
    s.row(None, "市级资金", C(300, AMT))
    s.row(None, "县级资金", C(320, AMT))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标",
          "1.实施产业发展项目20个，带动脱贫户和监测户2500户增收；2.完成村内道路硬化8公里；"
          "3.脱贫劳动力技能培训覆盖85%以上，群众对项目实施满意。", merge=[(2, 6)])  # fmt: skip
    s.row("绩  效  指  标", None, None, None, None, None, merge=[(1, 6)])
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
            ("产出指标", "数量指标", "产业发展项目个数", "≥20", "个", ""),
            (None, None, "村内道路硬化里程", "≥8", "公里", ""),
            (None, None, "带动脱贫户和监测户数量", "≥2500", "户", ""),
            (None, "质量指标", "工程质量验收合格率", "≥95", "%", ""),
            (
                None,
                None,
                "脱贫劳动力技能培训覆盖率",
                mk("≥85", "T105", "warning", alt=("T104",), note="a rate without %"),
                "",
                "",
            ),
            (None, "时效指标", "项目资金支付进度", "≥90", "%", "12月底前"),
            (None, "成本指标", "村内道路硬化成本", "≤85", "万元/公里", ""),
            ("效益指标", "经济效益指标", "带动脱贫户和监测户户均增收", "≥1200", "元/户", ""),
            (None, "社会效益指标", "受益脱贫人口", "≥7600", "人", ""),
            (
                None,
                None,
                "项目实施群众投诉率",
                mk("≥2", "T108", "warning", row=True, note="投诉率 is 反向"),
                "%",
                "",
            ),
            (None, "可持续影响指标", "项目资产管护机制建立率", "=100", "%", ""),
            ("满意度指标", "服务对象满意度指标", "脱贫群众满意度", "≥90", "%", ""),
        ],
        merged=(1, 2),
    )
    s.row("填报人：邹卫东    联系电话：13807316425    填报日期：2025年11月", merge=[(1, 6)])
    return b


@variant("ih03-farmland-subsidy-city-ok", (1, 11, 12), "city table, by county, operator column")
def farmland_subsidy_city_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 8, 14, 10, 10))
    s.title("鹤川市2026年耕地地力保护补贴区域绩效目标表", 7)
    s.row(
        "填报单位：鹤川市农业农村局", None, None, None, "单位：万元、万亩", merge=[(1, 4), (5, 7)]
    )
    s.row("资金情况", "年度资金总额", C(13536, AMT), None, None, None, None)
    s.row(None, "其中：中央补助", C(13536, AMT))
    s.row(None, "　　　地方资金", C(0, AMT))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("分县情况", "县（区）", "补贴面积（万亩）", None, "补贴资金（万元）", "年度目标", None,
          merge=[(3, 4), (6, 7)])  # fmt: skip
    top = s.r
    for county, area, amount in (("芦塘县", 38.5, 5544), ("柘川县", 31.2, 4492.8),
                                 ("禾丰县", 24.3, 3499.2)):  # fmt: skip
        s.row(None, county, C(area, "0.00"), None, C(amount, AMT),
              f"按144元/亩标准兑付{area}万亩", None, merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row(None, "合计", C(94, "0.00"), None, C(13536, AMT), "", None, merge=[(3, 4), (6, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标",
          "对全市94万亩耕地的承包农户发放耕地地力保护补贴，2026年6月30日前足额兑付到户，"
          "引导农民保护耕地、提升地力，稳定粮食播种面积。", merge=[(2, 7)])  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向"),
            ("产出指标", "数量指标", "补贴耕地面积", "≥", 94, "万亩", "正向"),
            (None, None, "受益农户数", "≥", 21.6, "万户", "正向"),
            (None, "质量指标", "补贴资金兑付准确率", "≥", pct(0.98), "%", "正向"),
            (None, "时效指标", "补贴资金兑付完成时间", "≤", day(2026, 6, 30, CN_DATE), "", "反向"),
            (None, "成本指标", "亩均补贴标准", "≥", 140, "元/亩", "正向"),
            ("效益指标", "经济效益指标", "种粮农户户均补贴收入", "≥", 600, "元/户", "正向"),
            (None, "社会效益指标", "补贴政策知晓率", "≥", pct(0.95), "%", "正向"),
            (None, "生态效益指标", "耕地质量等级", "", "稳中有升", "", "定性"),
            (None, "可持续影响指标", "耕地撂荒面积", "≤", 0.3, "万亩", "反向"),
            ("满意度指标", "服务对象满意度指标", "种粮农民满意度", "≥", pct(0.9), "%", "正向"),
        ],
        merged=(1,),
    )
    s.row("填报说明：1.补贴标准按资金总额÷补贴面积测算（13536万元÷94万亩=144元/亩）；"
          "2.指标方向为“定性”的，比较符不填。", merge=[(1, 7)])  # fmt: skip
    s.row("审核人：万卫平", None, "填表人：唐颖", None, "填报日期", day(2025, 12, 3))
    return b


@variant("ih04-farmland-subsidy-county", (1, 9, 12), "county table, unit column")
def farmland_subsidy_county() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 16, 10, 20))
    s.title("2026年度桂溪县耕地地力保护补贴绩效目标表", 6)
    s.row("项目名称", "耕地地力保护补贴", None, "主管部门", "桂溪县农业农村局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("实施单位", "桂溪县农村经营管理站", None, "项目属性", "常年项目", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("计划开始日期", day(2026, 1, 1), None, "计划完成日期", day(2026, 12, 31), None)
    s.row("项目资金（万元）", "年度资金总额", C(6312, AMT), "其中：中央补助", C(6312, AMT), None)
    s.row(None, "其他资金", C(0, AMT), None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("补贴面积", "52.6万亩", None, "补贴对象", "耕地承包农户", None, merge=[(2, 3), (5, 6)])
    s.row("年度绩效目标",
          "按照“谁种地补给谁”的原则，对全县52.6万亩耕地承包农户发放补贴，通过“一卡通”足额兑付，"
          "保护耕地地力，稳定粮食生产。", merge=[(2, 6)])  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
            ("产出指标", "数量指标", "补贴面积", "≥52.6", "万亩", ""),
            (None, None, "受益农户", "≥11.8", "万户", ""),
            (None, "质量指标", "补贴资金兑付率", mk("≥95%%", "T116", "warning"), "", ""),
            (
                None,
                None,
                "“一卡通”发放准确率",
                mk(C(98, "0%"), "T106", "error", note="98 typed in a % cell: shows 9800%"),
                "",
                "",
            ),
            (
                None,
                "时效指标",
                "补贴发放完成时间",
                mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101")),
                "",
                "",
            ),
            (
                None,
                "成本指标",
                "补贴标准",
                mk("≥160", "B107", "error", row=True, note="6312万元÷52.6万亩=120元/亩"),
                "元/亩",
                "",
            ),
            ("效益指标", "经济效益指标", "亩均增加种粮收益", "≥120", "元/亩", ""),
            (None, "社会效益指标", "粮食播种面积", "≥50", "万亩", "稳定在50万亩以上"),
            (None, "可持续影响指标", "耕地地力保护意识", "有效提升", "", ""),
            ("满意度指标", "服务对象满意度指标", "种粮农民满意度", "≥90%", "", ""),
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：黄志坚", None, "填表人：罗敏", "联系电话：6638105")
    return b
