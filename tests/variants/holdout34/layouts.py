"""Layouts as county offices send them: a table starting in column C behind spacer columns with a
two-line header repeated after a page break, a regional transfer table with numbered labels,
points and ★, detail lines pasted from a PDF, template rows left empty, values in every word
form. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout34.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, money, pct

AMT = "#,##0.00"


@variant("ir11-column-c-two-line-head-ok", (4, 7), "project, NAT-2021, from column C, 2-line head")
def ir11() -> Book:
    """Correct: spacer columns A and B, a two-line header (年度指标值 over 比较符 · 指标值 · 计量
    单位) repeated after a page break, counts pasted as text."""
    b = Book()
    s = b.sheet("麻塘镇", widths=(3, 3, 14, 16, 28, 10, 12, 12))
    c = 3
    s.row("2025年度项目支出绩效目标表", merge=[(c, c + 5)], col=c)
    s.row("项目名称", "麻塘镇农村供水站运行维护", None, "实施单位", "麻塘镇人民政府", None,
          merge=[(c + 1, c + 2), (c + 4, c + 5)], col=c)  # fmt: skip
    s.row("主管部门", "麻塘镇农业农村办公室", None, "项目属性", "常年项目", None,
          merge=[(c + 1, c + 2), (c + 4, c + 5)], col=c)  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(86.4, WAN), "财政拨款", money(80, WAN), None,
          col=c)  # fmt: skip
    s.row(None, "其他资金", money(6.4, WAN), None, None, None, col=c)
    s.row("年度绩效目标", "保障镇域5座集中供水站和38公里主管网正常运行，供水保证率不低于95%，"
          "水质达标率不低于90%。", merge=[(c + 1, c + 5)], col=c)  # fmt: skip

    def head() -> None:
        top = s.row("一级指标", "二级指标", "三级指标", "年度指标值", None, None,
                    merge=[(c + 3, c + 5)], col=c)  # fmt: skip
        s.row(None, None, None, "比较符", "指标值", "计量单位", col=c)
        for k in range(c, c + 3):
            s.ws.merge_cells(start_row=top, start_column=k, end_row=top + 1, end_column=k)

    head()
    s.table(
        [
            ("产出指标", "数量指标", "运行维护集中供水站", "≥", "5", "座"),
            (None, None, "主管网巡检长度", "≥", "38", "公里"),
            (None, None, "水质自检次数", "≥", "48", "次"),
            (None, "质量指标", "供水保证率", "≥", pct(0.95), "%"),
            (None, "时效指标", "管网故障修复时限", "≤", "24", "小时"),
        ],
        merged=(1, 2),
        col=c,
    )
    s.skip()
    head()
    s.table(
        [
            ("产出指标", "质量指标", "出厂水水质达标率", "≥", pct(0.9), "%"),
            ("成本指标", "经济成本指标", "单站年运行维护费用", "≤", "17", "万元/座"),
            ("效益指标", "社会效益指标", "受益人口", "≥", "1.2", "万人"),
            (None, "可持续影响指标", "供水站规范化管理", "定性", "有效提升", None),
            ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
        col=c,
    )
    s.row("填表人：吴晓燕", None, "联系电话：13905771234", None, "填报日期：2024年11月20日",
          col=c)  # fmt: skip
    return b


@variant("ir12-bridge-pdf-artefacts", (9, 12), "project, OLD-NAT, detail lines pasted from PDF")
def ir12() -> Book:
    """Three slips: a detail amount split by a space, an amount pasted twice, a planned end date
    two years before the start."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="苍岭县农村公路危桥改造工程", dept="苍岭县交通运输局 126",
        unit="苍岭县农村公路建设中心", attr="新增项目", start=day(2025, 3, 1),
        end=mk(day(2023, 12, 31), "Y104", "error", alt=("Y102", "Y101")),
        money=[("年度资金总额", money(1865, AMT), "其中：财政拨款", money(1800, AMT)),
               ("其他资金", money(65, AMT), None, None)],
        goals=["完成农村公路危桥改造9座，消除桥梁安全隐患，保障沿线群众安全出行。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "危桥改造座数", "≥9座"),
            (None, "质量指标", "改造桥梁交工验收合格率", "=100%"),
            (None, "时效指标", "危桥改造完工时间", "2025年12月31日前"),
            (None, "成本指标", "危桥改造平均造价", "≤207万元/座"),
            ("效益指标", "社会效益指标", "消除危桥安全隐患", "9座危桥全部消除"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金明细（万元）", "项目", "金额", "备注")
    s.row(None, "危桥主体改造工程", mk("1205.337 6", "X105", "warning", alt=("X103",)), None)
    s.row(None, "桥梁防护设施", mk("120万120万", "X106", "error", alt=("B108",)), None)
    s.row(None, "勘察设计及监理", money(539.6624, "0.0000"), None)
    s.row(None, "合计", money(1865, AMT), None)
    return b


@variant("ir13-transfer-region-ok", (5, 10), "transfer region table, OLD-NAT, numbered, points, ★")
def ir13() -> Book:
    """Correct: 中央补助 + 地方资金 = 资金总额; labels numbered with points and ★ core
    indicators; indicator points add up to each tier's points and to 100."""
    b = Book()
    s = b.sheet("区域绩效目标", widths=(18, 16, 30, 18, 8))
    s.title("中央水利发展资金（农村供水）区域绩效目标表（2025年度）", 5)
    s.row("省（区、市）", "某省溪口县", None, "主管部门", "溪口县水利局", merge=[(2, 3)])
    s.row("年度资金总额（万元）", money(1500, AMT), None, "其中：中央补助", money(1200, AMT),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, None, None, "地方资金", money(300, AMT))
    s.row("年度目标", "目标1：维修养护农村供水工程120处，改造管网65公里。\n"
          "目标2：农村自来水普及率达到93%，工程长效运行。", merge=[(2, 5)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("一、产出指标（50分）", "1.数量指标", "★农村供水工程维修养护处数", "≥120处", 15),
            (None, None, "新建改造供水管网", "≥65公里", 10),
            (None, "2.质量指标", "★农村供水工程水质达标率", "≥90%", 10),
            (None, "3.时效指标", "资金下达时限", "收到资金后30日内", 5),
            (None, "4.成本指标", "管网改造单位造价", "≤8万元/公里", 10),
            ("二、效益指标（40分）", "1.社会效益指标", "★农村自来水普及率", "≥93%", 15),
            (None, None, "受益人口", "≥8.5万人", 10),
            (None, "2.可持续影响指标", "★工程长效运行管护机制", "健全", 15),
            ("三、满意度指标（10分）", "服务对象满意度指标", "★受益群众满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    s.row("注：标★的为核心指标，不得删除。", merge=[(1, 5)])
    return b


@variant("ir14-flood-gully-tiers", (5, 6), "project, NAT-2021, one value column, template rows")
def ir14() -> Book:
    """Four slips: 生态效益指标 under 产出指标, a rate typed as a bare 95 (no % anywhere), the
    时效指标 template row left empty, a value without an indicator name."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="石埠县山洪沟治理工程",
        dept="石埠县水利局 127",
        unit="石埠县水旱灾害防御中心",
        money=[
            ("年度资金总额", money(690, AMT), "其中：财政拨款", money(690, AMT)),
            ("其他资金", money(0, AMT), None, None),
        ],
        goals=["治理山洪沟4.6公里，新建护岸堤防6.8公里，保护沿岸2个行政村群众生命财产安全。"],
    )
    s.row("绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "护岸堤防单位造价", "≤95万元/公里"),
            ("产出指标", "数量指标", "山洪沟治理长度", "≥4.6公里"),
            (None, None, "新建护岸堤防", "≥6.8公里"),
            (None, None, mk(None, "F110", "error"), "≥2.5万立方米"),
            (None, "质量指标", "治理河段防洪达标率", mk("≥95", "T105", "warning", alt=("T104",))),
            (None, mk("时效指标", "F109", "warning", row=True), None, None),
            (None, mk("生态效益指标", "F105", "error"), "沟道生态岸坡比例", "≥60%"),
            ("效益指标", "社会效益指标", "保护沿岸人口", "≥3200人"),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ir15-water-quality-words-ok", (1, 4), "project, OLD-NAT, every value form, 填报说明")
def ir15() -> Book:
    """Correct: 0.0% cells, 万元 in the format, word operators (不低于, 以上, 日内), grades
    (良好, 达标, 逐步改善), a 填报说明 block and signature lines."""
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="桐溪县农村供水水质检测监测", dept="桐溪县水利局 311",
        unit="桐溪县农村供水水质检测中心",
        money=[("年度资金总额", money(58.6, WAN), "其中：财政拨款", money(58.6, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成全县千吨万人以上供水工程水质全分析和农村供水工程水质巡检，"
               "水样检测合格率不低于90%，检测报告30日内反馈。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "水质检测水样数", "≥1200份"),
            (None, None, "供水工程巡检覆盖率", "95%以上"),
            (None, "质量指标", "水样检测合格率", "不低于90%"),
            (None, None, "检测数据质量", "良好"),
            (None, "时效指标", "检测报告反馈时限", "30日内"),
            (None, None, "问题水样复检时限", "≤30个工作日"),
            (None, "成本指标", "单份水样检测费用", "≤480元/份"),
            ("效益指标", "社会效益指标", "农村供水水质", "达标"),
            (None, "可持续影响指标", "农村供水水质保障水平", "逐步改善"),
            ("满意度指标", "服务对象满意度指标", "用水户满意度", pct(0.92, "0.0%")),
        ],
        merged=(1, 2),
    )
    s.row("填报说明：1.指标值可填写比较符、数值和计量单位；2.定性指标填写评价等级。",
          merge=[(1, 4)])  # fmt: skip
    s.row("填表人：何立新", "审核人：陈宇", "联系电话：0577-6623456",
          C(day(2024, 11, 22).value, CN_DATE))  # fmt: skip
    return b
