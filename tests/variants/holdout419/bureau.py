"""The bureau's department tables, flat lists and exports across both halves of the theme:
xm13–xm18, items 3, 4, 5, 6, 7, 11, 12, 13."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout419.common import (
    BUREAU,
    CENTRE,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout419.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄湾市体育局"


@variant("xm13-bureau-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), percent cells, 0起, weights add to 100 (correct)")  # fmt: skip
def xm13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=DEPT,
        budget=[(wan(2860), wan(2700), wan(160), wan(1980), wan(880))],
        goal="办好群众性定向越野和户外赛事，建设城市步道网，提高市民健身参与度。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("全市定向及户外赛事举办场次", 20, "场", "≥", 30),
        ("城市步道新建及改造里程", 20, "公里", "≥", 18),
        ("公共体育设施开放率", 15, "%", "≥", pct(0.95)),
        ("经常参加体育锻炼人口比例", 15, "%", "≥", pct(0.42)),
        ("体育赛事较大及以上安全事故", 10, "起", "=", 0),
        ("群众体育活动满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "祁望舒", "0759-6621 0457")
    return b


@variant(
    "xm14-bureau-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, weights add to 95",
)
def xm14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄湾市社会体育指导中心",
                    budget=[(wan(640), wan(610), wan(30), wan(410), wan(230))],
                    goal="组织户外定向赛事，培训社会体育指导员，推动步道健身进社区。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("户外定向赛事举办场次",
         mk("12场", "T112", "error", note="场 in the value, 人 in the unit column"),
         "正向", "人", 20),
        ("社会体育指导员培训人数", "≥800人", "正向", "人", 20),
        ("健身步道覆盖社区比例", "≥80%", "正向", "%", 15),
        ("赛事投诉率", "≤2%", "反向", "%", 15),
        ("单场赛事平均补助", "≤5万元", "反向", "万元", 10),
        ("市民健身满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 10 + 15 = 95, not 100")
    sign(s, "祁望舒", "0759-6621 0457")
    return b


W_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("xm15-bureau-notes", (4,), "department, NAT-2021, weight column: a 注 row inside the "
         "table, the header repeated after a page break, 小计 and 合计 rows, 填表说明 and "
         "signatures below (correct)")  # fmt: skip
def xm15() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(wan(3120), wan(2950), wan(170), wan(2180), wan(940))], tasks=[
                        ("全民健身赛事活动", "举办定向越野等群众赛事40场", wan(420), "参赛8万人次"),
                        ("城市步道网建设养护", "新建改造步道22公里", wan(380), "步道网络连通"),
                        ("场馆免费低收费开放补助", "补助场馆12个", wan(140), "场馆开放"),
                        ("金额合计", None, wan(940), None)],
                    goal="办好群众赛事，建成城市步道网，场馆免费低收费开放。")  # fmt: skip
    indicators(s, W_HEAD, [
        ("产出指标", "数量指标", "群众赛事举办场次", "≥40场", 10),
        (None, None, "新建改造步道里程", "≥22公里", 10),
        (None, "质量指标", "步道工程验收合格率", "=100%", 10),
        (None, "时效指标", "赛事活动计划完成时间", "12月31日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("注：赛事场次含定向越野公开赛16场、校园联赛8场。", merge=[(1, 5)])
    indicators(s, W_HEAD, [("成本指标", "经济成本指标", "单场群众赛事补助", "≤10.5万元/场", 10)])
    s.row("小计", None, None, None, 10)
    s.row(*W_HEAD)
    s.table([
        ("效益指标", "社会效益指标", "群众赛事参与人次", "≥80000人次", 15),
        (None, None, "经常参加体育锻炼人口比例", "提高≥1.5百分点", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "群众体育服务满意度", "≥90%", 20)])
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.权重合计为100；2.小计行为各一级指标权重之和，不另计分。")
    sign(s, "祁望舒", "0759-6621 0457")
    return b


@variant(
    "xm16-bureau-notes-defects",
    (4, 5),
    "department, NAT-2021, numbered labels (一、 · （一）) and ★ core rows, a 说明 row "
    "inside: 社会效益指标 under 产出, an 达标率 above 100%",
)
def xm16() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄湾市全民健身服务中心",
                    budget=[(wan(1460), wan(1400), wan(60), wan(1020), wan(440))],
                    goal="运营全民健身服务平台，组织定向打卡活动，维护步道驿站。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "★定向打卡活动场次", "≥50场"),
        (None, None, "步道驿站维护数量", "≥28座"),
        (None, "（二）质量指标", "驿站开放服务时长达标率",
         mk("≥110%", "T106", "error", note="a 达标率 cannot pass 100%")),
        (None, mk("（三）社会效益指标", "F105", "error", note="belongs under 效益指标"),
         "定向打卡参与人次", "≥30000人次"),
        ("说明：以下指标按市体育局统一口径填报。", None, None, None),
        ("二、成本指标", "（一）经济成本指标", "单座驿站年维护成本", "≤4万元/座"),
        ("三、效益指标", "（一）可持续影响指标", "★驿站长效管护机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "★健身市民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "戚沐言", "0759-6621 0488")
    return b


@variant("xm17-bureau-labels", (5, 7), "project, NAT-2021, labels numbered with points "
         "(一、产出指标（45分）), abbreviated (质量, 经济成本), marked (*, ★), header 绩效目标值 "
         "(correct)")  # fmt: skip
def xm17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="定向越野裁判员与定向师培训", dept=BUREAU, unit=CENTRE,
                 money=one_year(24, 24, 0),
                 goals=["培训定向越野裁判员120人、认证定向师30人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标（45分）", "（一）数量指标", "★培训裁判员人数", "≥120人"),
        (None, None, "认证定向师人数", "≥30人"),
        (None, "（二）质量", "结业考核合格率", "≥90%"),
        (None, "（三）时效", "培训完成时间", "10月31日前"),
        ("二、成本指标（10分）", "经济成本", "人均培训成本", "≤1500元/人"),
        ("三、效益指标（30分）", "社会效益", "持证裁判员执裁赛事场次", "≥60场"),
        ("四、满意度指标（15分）", "*服务对象满意度", "★学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦知澜", "0759-6628 3140", day(YEAR - 1, 11, 6))
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
P1 = ("3170526001", "城市定向越野公开赛")
P2 = ("3170526002", "城市步道巡查养护")


@variant("xm18-bureau-export-defects", (6, 12, 13), "budget-system export, sheets 05-1 and 05-2, "
         "header on the third row, codes in the first columns: a 合计 that does not add up, a "
         "tier-2 left empty, a value without a name")  # fmt: skip
def xm18() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 24, 14, 14, 14))
    s.title(f"{DEPT}{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*P1, wan(86), wan(80), wan(6))
    s.row(*P2, wan(72), wan(72), wan(0))
    s.row("合计", None, mk(wan(168), "B102", "error", alt=("B101",), note="86 + 72 = 158"),
          wan(152), wan(6))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 18, 28, 16))
    t.title(f"{DEPT}{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：万元")
    t.row(*EXPORT)
    t.table([
        (*P1, "产出指标", "数量指标", "公开赛举办场次", "≥16场"),
        (*P1, None, "质量指标", "赛事电子计时准确率", "≥99%"),
        (*P1, None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (*P1, "成本指标", "经济成本指标", "单场办赛补助标准", "≤4.5万元/场"),
        (*P1, "效益指标", "社会效益指标", "参赛人次增长率", "≥8%"),
        (*P1, "满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
        (*P2, "产出指标", "数量指标", "巡查养护步道里程", "≥126公里"),
        (*P2, None, "质量指标",
         mk(None, "F110", "error", note="a value but no indicator name"), "≥95%"),
        (*P2, "成本指标", "经济成本指标", "每公里年养护成本", "≤0.55万元/公里"),
        (*P2, "效益指标", "社会效益指标", "步道通行中断次数", "≤6次"),
        (*P2, "满意度指标", "服务对象满意度指标", "步道使用者满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
